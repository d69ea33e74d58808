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
    public static byte[] Write(ListSet lists, IEnumerable<Entry> entries)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            var rules = Rules(lists);
            w.WriteStartArray();
            foreach (var e in entries)
            {
                WriteEntry(w, lists, rules, e);
            }

            w.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return PowerList.Output.ScriptSafeJson.Escape(stream.ToArray());
    }

    /// <summary>
    /// An entry's keys in the order of its field table (<see cref="EntryFields.Entry"/>), with the export's own keys
    /// placed by hand: department and category (with names) and <c>public</c> after <c>catalogue</c>, <c>status</c> before <c>ended</c>.
    /// </summary>
    private static void WriteEntry(Utf8JsonWriter w, ListSet lists, FieldJsonRules rules, Entry e)
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
                w.WriteString("department_name", lists.Departments.FirstOrDefault(d => d.Id == e.Department)?.Name ?? "");
                w.WriteString("category", e.Category);
                w.WriteString("category_name", lists.Categories.FirstOrDefault(c => c.Code == e.Category)?.Name ?? CategoryNames.NameOf(e.Category));
                w.WriteBoolean("public", e.Public);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>The export's keys: <see cref="FieldSpec.Always"/> texts even when empty, objects only when they hold something, citations with their law's title.</summary>
    private static FieldJsonRules Rules(ListSet lists) => new()
    {
        WriteAlways = true,
        OmitEmptyObjects = true,
        Citations = (w, key, basis) => Citations(w, lists, key, basis),
    };

    private static void Citations(Utf8JsonWriter w, ListSet lists, string key, ImmutableArray<Sourced> basis)
    {
        w.WriteStartArray(key);
        foreach (Citation c in basis)
        {
            w.WriteStartObject();
            if (c.IsStructured)
            {
                w.WriteString("law", c.Law);
                w.WriteString("law_title", lists.Laws.FirstOrDefault(l => l.Id == c.Law)?.Title ?? "");
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
}
