using System.Text.Json;
using PowerList.Model;
using PowerList.Output;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Formatting;

/// <summary>
/// The JSON form of a comparison: <c>{from, to, added, removed, changed, moved, replaced, summary}</c>. Every change
/// has code, name, department(_name), category(_name), type, inferred, document, date, note; changed adds
/// <c>fields</c> (field, label, before, after, diff as <c>[{op, text}]</c>), moved adds from_department and
/// from_category, replaced adds <c>replaces</c>. Fixed key order, arrays by code, UTF-8, LF.
/// </summary>
public static class DiffJson
{
    public static byte[] Write(ListDiff diff)
    {
        var names = new DiffNames(diff);
        return ScriptSafeJson.Escape(IndentedJson.Write(w =>
        {
            w.WriteStartObject();
            Side(w, "from", diff.From);
            Side(w, "to", diff.To);
            Changes(w, "added", diff.Added, names);
            Changes(w, "removed", diff.Removed, names);
            Changes(w, "changed", diff.Changed, names);
            Changes(w, "moved", diff.Moved, names);
            Changes(w, "replaced", diff.Replaced, names);
            Summary(w, DiffSummary.Of(diff));
            w.WriteEndObject();
        }));
    }

    private static void Side(Utf8JsonWriter w, string key, VersionSide side)
    {
        w.WriteStartObject(key);
        w.WriteString("version", side.Version);
        w.WriteString("date", side.Date);
        w.WriteString("title", side.Title);
        w.WriteString("document", side.Document);
        w.WriteEndObject();
    }

    private static void Changes(Utf8JsonWriter w, string key, IEnumerable<EntryChange> changes, DiffNames names)
    {
        w.WriteStartArray(key);
        foreach (var c in changes)
        {
            w.WriteStartObject();
            w.WriteString("code", c.Code);
            w.WriteString("name", c.Name);
            w.WriteString("department", c.Department);
            w.WriteString("department_name", names.Department(c.Department));
            w.WriteString("category", c.Category);
            w.WriteString("category_name", names.Category(c.Category));
            w.WriteString("type", c.Type);
            w.WriteBoolean("inferred", c.Inferred);
            w.WriteString("document", c.Document);
            w.WriteString("date", c.AdjustmentDate);
            w.WriteString("note", c.Note);
            if (c.Kind == ChangeKind.Moved)
            {
                w.WriteString("from_department", c.FromDepartment);
                w.WriteString("from_department_name", names.Department(c.FromDepartment));
                w.WriteString("from_category", c.FromCategory);
                w.WriteString("from_category_name", names.Category(c.FromCategory));
            }

            if (c.Kind == ChangeKind.Changed)
            {
                w.WriteStartArray("fields");
                foreach (var f in c.Fields)
                {
                    w.WriteStartObject();
                    w.WriteString("field", f.Field);
                    w.WriteString("label", f.Label);
                    w.WriteString("before", f.Before);
                    w.WriteString("after", f.After);
                    SegmentsJson.Write(w, "diff", f.Diff);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (c.Kind == ChangeKind.Replaced)
            {
                w.WriteStartArray("replaces");
                foreach (var r in c.Replaces)
                {
                    w.WriteStartObject();
                    w.WriteString("code", r.Code);
                    w.WriteString("name", r.Name);
                    w.WriteString("department", r.Department);
                    w.WriteString("category", r.Category);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Summary(Utf8JsonWriter w, DiffSummary summary)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("total", summary.Total);
        Types(w, "by_type", summary.ByType);
        Groups(w, "by_department", summary.ByDepartment);
        Groups(w, "by_category", summary.ByCategory);
        w.WriteEndObject();
    }

    private static void Groups(Utf8JsonWriter w, string key, IEnumerable<DiffSummary.Group> groups)
    {
        w.WriteStartArray(key);
        foreach (var g in groups)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id);
            w.WriteString("name", g.Name);
            w.WriteNumber("total", g.Total);
            Types(w, "by_type", g.ByType);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Types(Utf8JsonWriter w, string key, IReadOnlyDictionary<string, int> counts)
    {
        w.WriteStartObject(key);
        foreach (var t in AdjustmentType.All)
        {
            w.WriteNumber(t, counts.TryGetValue(t, out var n) ? n : 0);
        }

        w.WriteEndObject();
    }
}
