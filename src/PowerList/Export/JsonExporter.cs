using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Format;
using PowerList.Tabular;
using PowerList.Model;

namespace PowerList.Export;

/// <summary>Writes entries as a JSON array of objects: code, name, department, category, public, then every field of the entry's field table (empty ones omitted).</summary>
public static class JsonExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The array, script-safe (<see cref="PowerList.Output.ScriptSafeJson"/>), written straight into 1 MB chunks and
    /// escaped while they are copied into the result (<see cref="ChunkedBuffer"/>): the file is in memory once, not four times.
    /// </summary>
    public static byte[] Write(ListSet lists, IEnumerable<Entry> entries)
    {
        var names = new Names(lists);
        var buffer = new ChunkedBuffer();
        using (var w = new Utf8JsonWriter((System.Buffers.IBufferWriter<byte>)buffer, Options))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                WriteEntry(w, names, e);
            }

            w.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToScriptSafeArray();
    }

    /// <summary>
    /// An entry's keys in the order of its field table (<see cref="EntryFields.Entry"/>), with the export's own keys
    /// placed by hand: department and category (with names) and <c>public</c> after <c>catalogue</c>, <c>status</c> before <c>ended</c>.
    /// </summary>
    private static void WriteEntry(Utf8JsonWriter w, Names lists, Entry e)
    {
        w.WriteStartObject();
        foreach (var f in EntryFields.Entry.Fields)
        {
            switch (f.Key)
            {
                case "public":
                    continue;
                case "ended":
                    w.WriteString("status", EntryStatus.Of(e));
                    break;
            }

            Field(w, lists, f, e);
            if (f.Key == "catalogue")
            {
                w.WriteString("department", e.Department);
                w.WriteString("department_name", lists.Department(e.Department));
                w.WriteString("category", e.Category);
                w.WriteString("category_name", lists.Category(e.Category));
                w.WriteBoolean("public", e.Public);
            }
        }

        w.WriteEndObject();
    }

    private static void Record(Utf8JsonWriter w, Names lists, RecordTable table, Sourced r)
    {
        w.WriteStartObject();
        foreach (var f in table.Fields)
        {
            Field(w, lists, f, r);
        }

        w.WriteEndObject();
    }

    /// <summary>One key: empty values left out unless <see cref="FieldSpec.Always"/>; objects only when they hold something.</summary>
    private static void Field(Utf8JsonWriter w, Names lists, FieldSpec f, Sourced r)
    {
        switch (f.Kind)
        {
            case FieldKind.Text:
                var text = f.Text(r);
                if (text.Length > 0 || f.Always)
                {
                    w.WriteString(f.Key, text);
                }

                break;
            case FieldKind.Boolean:
                var flag = f.Flag(r);
                if (!f.OmitDefault || flag != f.Absent)
                {
                    w.WriteBoolean(f.Key, flag);
                }

                break;
            case FieldKind.TextList:
                var texts = f.Texts(r);
                if (texts.Length > 0)
                {
                    w.WriteStartArray(f.Key);
                    foreach (var t in texts)
                    {
                        w.WriteStringValue(t);
                    }

                    w.WriteEndArray();
                }

                break;
            case FieldKind.TextMap:
                var map = f.Map(r);
                if (map.Count > 0)
                {
                    w.WriteStartObject(f.Key);
                    foreach (var (k, v) in map)
                    {
                        w.WriteString(k, v);
                    }

                    w.WriteEndObject();
                }

                break;
            case FieldKind.Object:
                if (f.Object(r) is { } o && f.Item!.HasContent(o))
                {
                    w.WritePropertyName(f.Key);
                    Record(w, lists, f.Item!, o);
                }

                break;
            case FieldKind.ObjectList:
                var items = f.Items(r);
                if (items.Length > 0)
                {
                    w.WriteStartArray(f.Key);
                    foreach (var x in items)
                    {
                        Record(w, lists, f.Item!, x);
                    }

                    w.WriteEndArray();
                }

                break;
            case FieldKind.Citations:
                Citations(w, lists, f.Key, f.Items(r));
                break;
            default:
                throw new InvalidOperationException($"Unknown field kind {f.Kind}.");
        }
    }

    private static void Citations(Utf8JsonWriter w, Names lists, string key, ImmutableArray<Sourced> basis)
    {
        if (basis.Length == 0)
        {
            return;
        }

        w.WriteStartArray(key);
        foreach (Citation c in basis)
        {
            w.WriteStartObject();
            if (c.IsStructured)
            {
                w.WriteString("law", c.Law);
                w.WriteString("law_title", lists.LawTitle(c.Law));
                Opt(w, "articles", c.Articles);
                Opt(w, "quote", c.Quote);
            }
            else
            {
                w.WriteString("text", c.Text);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Opt(Utf8JsonWriter w, string key, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(key, value);
        }
    }

    /// <summary>The names the entries refer to, looked up by id (the first of a repeated id, as a search of the lists in order finds).</summary>
    private sealed class Names(ListSet lists)
    {
        private readonly Dictionary<string, string> _departments = First(lists.Departments, d => d.Id, d => d.Name);
        private readonly Dictionary<string, string> _categories = First(lists.Categories, c => c.Code, c => c.Name);
        private readonly Dictionary<string, string> _laws = First(lists.Laws, l => l.Id, l => l.Title);

        public string Department(string id) => _departments.GetValueOrDefault(id, "");

        public string Category(string code) => _categories.TryGetValue(code, out var name) ? name : CategoryNames.NameOf(code);

        public string LawTitle(string id) => _laws.GetValueOrDefault(id, "");

        private static Dictionary<string, string> First<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> value)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                map.TryAdd(key(item), value(item));
            }

            return map;
        }
    }
}
