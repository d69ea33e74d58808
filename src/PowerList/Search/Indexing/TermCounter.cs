using System.Runtime.CompilerServices;

namespace PowerList.Search.Indexing;

/// <summary>
/// Pass 1 of <see cref="IndexBuilder"/> over one contiguous block of documents: for each term its document
/// frequency, first and last document, and the bytes of the varint doc-id gaps inside the block; and the token count
/// of each field. Blocks are merged in document order (<see cref="TermTable.Merge"/>), so the result does not depend
/// on threads.
/// </summary>
internal sealed class TermCounter
{
    private readonly KeyTable _short = new();
    private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
    private TermStat[] _stats = new TermStat[1024];
    private int _count;
    private int _doc;

    public TermCounter(int fieldCount) => Lengths = new long[fieldCount];

    public long[] Lengths { get; }

    public KeyTable ShortTerms => _short;

    public Dictionary<string, int> LongTerms => _long;

    public ReadOnlySpan<TermStat> Stats => _stats.AsSpan(0, _count);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(IReadOnlyList<SearchDocument> docs, int start, int end)
    {
        var sink = new Sink(this);
        for (var d = start; d < end; d++)
        {
            _doc = d;
            var fields = docs[d].Fields;
            for (var f = 0; f < Lengths.Length; f++)
            {
                Lengths[f] += fields is EntryFields entry ? entry.Scan(f, ref sink) : TokenScanner.Scan(fields[f], ref sink);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddShort(uint key)
    {
        ref var id = ref _short.GetOrAdd(key, out var added);
        if (added)
        {
            id = New();
        }

        Touch(id);
    }

    private void AddLong(ReadOnlySpan<char> token)
    {
        var lookup = _long.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(token, out var id))
        {
            id = New();
            lookup[token] = id;
        }

        Touch(id);
    }

    private int New()
    {
        if (_count == _stats.Length)
        {
            Array.Resize(ref _stats, _stats.Length * 2);
        }

        return _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Touch(int id)
    {
        ref var stat = ref _stats[id];
        if (stat.Df == 0)
        {
            stat.First = _doc;
        }
        else if (stat.Last != _doc)
        {
            stat.GapBytes += Varint.Length((uint)(_doc - stat.Last));
        }
        else
        {
            return;
        }

        stat.Last = _doc;
        stat.Df++;
    }

    private readonly struct Sink(TermCounter counter) : ITokenSink
    {
        public void Short(uint key) => counter.AddShort(key);

        public void Long(ReadOnlySpan<char> token) => counter.AddLong(token);
    }
}
