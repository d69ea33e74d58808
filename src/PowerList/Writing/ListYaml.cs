using System.Collections.Immutable;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Writing;

/// <summary>
/// Canonical YAML of the list files (docs/format.md): fixed key order, empty fields omitted, the
/// <c># yaml-language-server: $schema=…</c> line first. The same model always gives the same bytes. An entry's keys
/// and their order come from its field table (<see cref="EntryFields"/>); only citations are written by hand.
/// </summary>
public static class ListYaml
{
    public const string ListSchema = "../_schema/list.schema.json";

    public static string SchemaLine(string name) => $"yaml-language-server: $schema=./_schema/{name}.schema.json";

    /// <summary>
    /// <c>lists/&lt;department&gt;/&lt;category&gt;.yaml</c>; <paramref name="lawName"/> (a law id to what follows
    /// <c>law:</c>, e.g. <see cref="Loading.LawNames.CiteName"/>) writes citations by title, else they keep the id.
    /// </summary>
    public static string ListFile(string department, string category, IEnumerable<Entry> entries, Func<string, string>? lawName = null)
    {
        var w = new YamlWriter().Comment($"yaml-language-server: $schema={ListSchema}");
        w.Scalar(0, "department", department).Scalar(0, "category", category).Key(0, "entries");
        foreach (var e in entries)
        {
            WriteEntry(w, e, lawName);
        }

        return w.ToString();
    }

    /// <summary>One entry as an item of <c>entries:</c>, its keys in the order of <see cref="EntryFields.Entry"/>.</summary>
    public static void WriteEntry(YamlWriter w, Entry e, Func<string, string>? lawName = null) =>
        Record(w, EntryFields.Entry, e, 4, item: true, lawName);

    /// <summary>
    /// The keys of a record at <paramref name="indent"/>: empty ones omitted unless <see cref="FieldSpec.Always"/>; an
    /// item's first key gets the <c>- </c>, and an item with nothing to write writes its table's empty-item key.
    /// </summary>
    private static void Record(YamlWriter w, RecordTable table, Sourced r, int indent, bool item, Func<string, string>? lawName)
    {
        var prefix = item ? "- " : "";
        if (item && table.EmptyItemKey is { } emptyKey && !table.HasContent(r))
        {
            w.Scalar(indent, emptyKey, "", prefix);
            return;
        }

        foreach (var f in table.Fields)
        {
            if (Field(w, f, r, indent, prefix, lawName))
            {
                prefix = "";
            }
        }
    }

    private static bool Field(YamlWriter w, FieldSpec f, Sourced r, int indent, string prefix, Func<string, string>? lawName)
    {
        switch (f.Kind)
        {
            case FieldKind.Text:
                var text = f.Text(r);
                if (text.Length == 0 && !f.Always)
                {
                    return false;
                }

                w.Scalar(indent, f.Key, text, prefix);
                return true;
            case FieldKind.Boolean:
                var flag = f.Flag(r);
                if (f.OmitDefault && flag == f.Absent)
                {
                    return false;
                }

                w.Bool(indent, f.Key, flag, prefix);
                return true;
            case FieldKind.TextList:
                var texts = f.Texts(r);
                if (texts.IsDefaultOrEmpty)
                {
                    return false;
                }

                w.List(indent, f.Key, texts, prefix);
                return true;
            case FieldKind.TextMap:
                var map = f.Map(r);
                if (map.Count == 0)
                {
                    return false;
                }

                w.Key(indent, f.Key, prefix);
                foreach (var (k, v) in map)
                {
                    w.ScalarQuotedKey(indent + 2, k, v);
                }

                return true;
            case FieldKind.Object:
                if (f.Object(r) is not { } o || !f.Item!.HasContent(o))
                {
                    return false;
                }

                w.Key(indent, f.Key, prefix);
                Record(w, f.Item!, o, indent + 2, item: false, lawName);
                return true;
            case FieldKind.ObjectList:
                var items = f.Items(r);
                if (items.IsDefaultOrEmpty)
                {
                    return false;
                }

                w.Key(indent, f.Key, prefix);
                foreach (var x in items)
                {
                    Record(w, f.Item!, x, indent + 4, item: true, lawName);
                }

                return true;
            case FieldKind.Citations:
                var basis = f.Items(r);
                if (basis.IsDefaultOrEmpty)
                {
                    return false;
                }

                w.Key(indent, f.Key, prefix);
                Citations(w, indent, basis, lawName);
                return true;
            default:
                throw new InvalidOperationException($"Unknown field kind {f.Kind}.");
        }
    }

    private static void Citations(YamlWriter w, int indent, ImmutableArray<Sourced> basis, Func<string, string>? lawName)
    {
        foreach (Citation c in basis)
        {
            if (!c.IsStructured)
            {
                w.Scalar(indent + 4, "text", c.Text, "- ");
                continue;
            }

            w.Scalar(indent + 4, "law", lawName is null ? c.Law : lawName(c.Law), "- ");
            Opt(w, indent + 4, "articles", c.Articles);
            Opt(w, indent + 4, "quote", c.Quote);
        }
    }

    private static void Opt(YamlWriter w, int indent, string key, string value)
    {
        if (value.Length > 0)
        {
            w.Scalar(indent, key, value);
        }
    }
}
