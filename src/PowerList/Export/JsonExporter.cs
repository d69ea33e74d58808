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

    /// <summary>The array, script-safe (<see cref="PowerList.Output.ScriptSafeJson"/>), in memory (<see cref="ChunkedBuffer"/>: the file once).</summary>
    public static byte[] Write(ListSet lists, IEnumerable<Entry> entries)
    {
        var buffer = new ChunkedBuffer();
        Write(buffer, lists, entries);
        return buffer.ToArray();
    }

    /// <summary>
    /// The array written into <paramref name="output"/> (left open) as it is made, escaped on the way
    /// (<see cref="PowerList.Output.ScriptSafeStream"/>): a download of hundreds of megabytes goes to its file without
    /// ever being in memory whole.
    /// </summary>
    public static void Write(Stream output, ListSet lists, IEnumerable<Entry> entries)
    {
        var names = new Names(lists);
        var rules = Rules(names);
        using var safe = new PowerList.Output.ScriptSafeStream(output, leaveOpen: true);
        using (var w = new Utf8JsonWriter(safe, Options))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                WriteEntry(w, names, rules, e);
                if (w.BytesPending >= FlushBytes)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
        }

        safe.WriteByte((byte)'\n');
    }

    /// <summary>Bytes the JSON writer holds before handing them on.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>
    /// An entry's keys in the order of its field table (<see cref="EntryFields.Entry"/>), with the export's own keys
    /// placed by hand: department and category (with names) and <c>public</c> after <c>catalogue</c>, <c>status</c> before <c>ended</c>.
    /// </summary>
    private static void WriteEntry(Utf8JsonWriter w, Names lists, FieldJsonRules rules, Entry e)
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

            FieldJson.Field(w, f, e, rules);
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

    /// <summary>The export's keys: <see cref="FieldSpec.Always"/> texts even when empty, objects only when they hold something, citations with their law's title.</summary>
    private static FieldJsonRules Rules(Names lists) => new()
    {
        WriteAlways = true,
        OmitEmptyObjects = true,
        Citations = (w, key, basis) => Citations(w, lists, key, basis),
    };

    private static void Citations(Utf8JsonWriter w, Names lists, string key, ImmutableArray<Sourced> basis)
    {
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
