using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>
/// A binary form of one loaded list file (the whole <see cref="ListFile"/> with every source position), for the
/// build's cache of parsed files: texts as length-prefixed UTF-16 (Chinese text is smaller than in UTF-8 and is
/// copied, not decoded), numbers as little-endian integers. <see cref="Decode"/> gives a model equal in every field
/// and position to what was encoded; it throws <see cref="FormatException"/> on damaged bytes.
/// </summary>
internal static class ListFileCodec
{
    /// <summary>Bumped whenever the layout or the model changes.</summary>
    public const int Version = 1;

    /// <summary>The bytes of <paramref name="file"/>, or null when it holds something this form does not keep.</summary>
    public static byte[]? Encode(ListFile file)
    {
        var w = new Writer();
        try
        {
            w.Str(file.Department);
            w.Str(file.Category);
            w.Source(file.Source);
            w.Int(file.Entries.Length);
            foreach (var e in file.Entries)
            {
                Entry(w, e);
            }
        }
        catch (NotSupportedException)
        {
            return null;
        }

        return w.ToArray();
    }

    public static ListFile Decode(ReadOnlySpan<byte> bytes, string path, string department, string category, StringPool pool)
    {
        var r = new Reader(bytes, path, pool);
        var file = new ListFile
        {
            Path = path,
            Department = r.Str(),
            Category = r.Str(),
            Source = r.Source(),
        };
        var entries = ImmutableArray.CreateBuilder<Entry>(r.Count());
        for (var i = entries.Capacity; i > 0; i--)
        {
            entries.Add(Entry(ref r, department, category));
        }

        if (!r.AtEnd)
        {
            throw new FormatException("trailing bytes");
        }

        return file with { Entries = entries.MoveToImmutable() };
    }

    private static void Entry(Writer w, Entry e)
    {
        w.Strs(e.Code, e.Name, e.Subject, e.Handler, e.Duties, e.Accountable, e.Accountability, e.Notes);
        w.Int(e.Public ? 1 : 0);
        w.List(e.SubItems, s =>
        {
            w.Strs(s.Code, s.Name, s.Notes);
            Citations(w, s.Basis);
            w.Source(s.Source);
        });
        Citations(w, e.Basis);
        w.List(e.Levels, l => { w.Strs(l.Name, l.Scope, l.Subject); w.Source(l.Source); });
        w.List(e.Responsibilities, x => { w.Strs(x.Stage, x.Content, x.Basis); w.Source(x.Source); });
        w.Int(e.Process is null ? 0 : 1);
        if (e.Process is { } p)
        {
            w.Strs(p.StatutoryLimit, p.PromisedLimit);
            w.List(p.Steps, s => { w.Strs(s.Name, s.Description, s.TimeLimit); w.Source(s.Source); });
            w.Source(p.Source);
        }

        w.Int(e.Fees is null ? 0 : 1);
        if (e.Fees is { } f)
        {
            w.Int(f.Charged ? 1 : 0);
            w.Strs(f.Basis, f.Standard);
            w.Source(f.Source);
        }

        w.Int(e.Supervision is null ? 0 : 1);
        if (e.Supervision is { } sv)
        {
            w.Strs(sv.Method, sv.Phone);
            w.Source(sv.Source);
        }

        w.Texts(e.Remedies);
        w.List(e.Adjustments, a =>
        {
            w.Strs(a.Type, a.Document, a.Date, a.Note);
            w.Texts(a.Replaces);
            w.Source(a.Source);
        });
        if (!ReferenceEquals(e.Extra.KeyComparer, StringComparer.Ordinal) || !ReferenceEquals(e.Extra.ValueComparer, EqualityComparer<string>.Default))
        {
            throw new NotSupportedException("extra with other comparers");
        }

        w.Int(e.Extra.Count);
        foreach (var (k, v) in e.Extra)
        {
            w.Strs(k, v);
        }

        w.Source(e.Source);
    }

    private static void Citations(Writer w, ImmutableArray<Citation> citations) =>
        w.List(citations, c => { w.Strs(c.Law, c.Articles, c.Quote, c.Text); w.Source(c.Source); });

    private static Entry Entry(ref Reader r, string department, string category)
    {
        var e = new Entry
        {
            Code = r.Str(), Name = r.Str(), Subject = r.Str(), Handler = r.Str(), Duties = r.Str(),
            Accountable = r.Str(), Accountability = r.Str(), Notes = r.Str(), Public = r.Int() != 0,
            Department = department, Category = category,
        };
        var subs = ImmutableArray.CreateBuilder<SubItem>(r.Count());
        for (var i = subs.Capacity; i > 0; i--)
        {
            subs.Add(new SubItem { Code = r.Str(), Name = r.Str(), Notes = r.Str(), Basis = Citations(ref r), Source = r.Source() });
        }

        var basis = Citations(ref r);
        var levels = ImmutableArray.CreateBuilder<Level>(r.Count());
        for (var i = levels.Capacity; i > 0; i--)
        {
            levels.Add(new Level { Name = r.Str(), Scope = r.Str(), Subject = r.Str(), Source = r.Source() });
        }

        var duties = ImmutableArray.CreateBuilder<Responsibility>(r.Count());
        for (var i = duties.Capacity; i > 0; i--)
        {
            duties.Add(new Responsibility { Stage = r.Str(), Content = r.Str(), Basis = r.Str(), Source = r.Source() });
        }

        ProcessInfo? process = null;
        if (r.Int() != 0)
        {
            var (statutory, promised) = (r.Str(), r.Str());
            var steps = ImmutableArray.CreateBuilder<ProcessStep>(r.Count());
            for (var i = steps.Capacity; i > 0; i--)
            {
                steps.Add(new ProcessStep { Name = r.Str(), Description = r.Str(), TimeLimit = r.Str(), Source = r.Source() });
            }

            process = new ProcessInfo { StatutoryLimit = statutory, PromisedLimit = promised, Steps = steps.MoveToImmutable(), Source = r.Source() };
        }

        Fees? fees = r.Int() != 0 ? new Fees { Charged = r.Int() != 0, Basis = r.Str(), Standard = r.Str(), Source = r.Source() } : null;
        Supervision? supervision = r.Int() != 0 ? new Supervision { Method = r.Str(), Phone = r.Str(), Source = r.Source() } : null;
        var remedies = r.Texts();
        var adjustments = ImmutableArray.CreateBuilder<Adjustment>(r.Count());
        for (var i = adjustments.Capacity; i > 0; i--)
        {
            adjustments.Add(new Adjustment { Type = r.Str(), Document = r.Str(), Date = r.Str(), Note = r.Str(), Replaces = r.Texts(), Source = r.Source() });
        }

        var extra = e.Extra;
        var count = r.Count();
        if (count > 0)
        {
            var builder = extra.ToBuilder();
            for (var i = 0; i < count; i++)
            {
                builder.Add(r.Str(), r.Str());
            }

            extra = builder.ToImmutable();
        }

        return e with
        {
            SubItems = subs.MoveToImmutable(), Basis = basis, Levels = levels.MoveToImmutable(), Responsibilities = duties.MoveToImmutable(),
            Process = process, Fees = fees, Supervision = supervision, Remedies = remedies, Adjustments = adjustments.MoveToImmutable(),
            Extra = extra, Source = r.Source(),
        };
    }

    private static ImmutableArray<Citation> Citations(ref Reader r)
    {
        var citations = ImmutableArray.CreateBuilder<Citation>(r.Count());
        for (var i = citations.Capacity; i > 0; i--)
        {
            citations.Add(new Citation { Law = r.Str(), Articles = r.Str(), Quote = r.Str(), Text = r.Str(), Source = r.Source() });
        }

        return citations.MoveToImmutable();
    }

    private sealed class Writer
    {
        private byte[] _buffer = new byte[4096];
        private int _length;

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        public void Int(int value)
        {
            Ensure(4);
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value);
            _length += 4;
        }

        public void Str(string value)
        {
            Int(value.Length);
            var bytes = MemoryMarshal.AsBytes(value.AsSpan());
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        public void Strs(params ReadOnlySpan<string> values)
        {
            foreach (var value in values)
            {
                Str(value);
            }
        }

        public void Texts(ImmutableArray<string> values)
        {
            Int(values.IsDefault ? -1 : values.Length);
            foreach (var value in values.IsDefault ? [] : values)
            {
                Str(value);
            }
        }

        public void List<T>(ImmutableArray<T> items, Action<T> write)
        {
            if (items.IsDefault)
            {
                throw new NotSupportedException("default array");
            }

            Int(items.Length);
            foreach (var item in items)
            {
                write(item);
            }
        }

        public void Source(SourceInfo source)
        {
            if (source.Compact is not { } compact)
            {
                throw new NotSupportedException("source built from a dictionary");
            }

            Int(source.Self.Line);
            Int(source.Self.Column);
            Int(compact.Count);
            for (var i = 0; i < compact.Count; i++)
            {
                Str(compact.Keys[i]);
                Int(compact.Places[2 * i]);
                Int(compact.Places[(2 * i) + 1]);
            }
        }

        private void Ensure(int more)
        {
            if (_length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
            }
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes, string path, StringPool pool)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;
        private string[]? _lastKeys;

        public readonly bool AtEnd => _at == _bytes.Length;

        public int Int()
        {
            if (_at + 4 > _bytes.Length)
            {
                throw new FormatException("truncated");
            }

            var value = BinaryPrimitives.ReadInt32LittleEndian(_bytes[_at..]);
            _at += 4;
            return value;
        }

        /// <summary>A count of items: never more than the bytes left could hold.</summary>
        public int Count()
        {
            var n = Int();
            return n < 0 || n > _bytes.Length - _at ? throw new FormatException("bad count") : n;
        }

        public string Str()
        {
            var chars = Count();
            if (chars * 2L > _bytes.Length - _at)
            {
                throw new FormatException("truncated text");
            }

            var text = MemoryMarshal.Cast<byte, char>(_bytes.Slice(_at, chars * 2));
            _at += chars * 2;
            return Environment.GetEnvironmentVariable("NOPOOL") == "1" ? new string(text) : pool.Get(text);
        }

        public ImmutableArray<string> Texts()
        {
            var n = Int();
            if (n == -1)
            {
                return default;
            }

            if (n < 0 || n > _bytes.Length - _at)
            {
                throw new FormatException("bad count");
            }

            var items = ImmutableArray.CreateBuilder<string>(n);
            for (var i = 0; i < n; i++)
            {
                items.Add(Str());
            }

            return items.MoveToImmutable();
        }

        public SourceInfo Source()
        {
            var self = new SourceLocation(path, Int(), Int());
            var count = Count();
            if (count == 0)
            {
                return new SourceInfo(self, [], [], 0);
            }

            var keys = new string[count];
            var places = new int[2 * count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = Str();
                places[2 * i] = Int();
                places[(2 * i) + 1] = Int();
            }

            // Consecutive objects of one shape share their keys array, as the loader's do.
            if (_lastKeys is { } last && last.AsSpan().SequenceEqual(keys))
            {
                keys = last;
            }

            _lastKeys = keys;
            return new SourceInfo(self, keys, places, count);
        }
    }
}
