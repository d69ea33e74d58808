using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Validation;

/// <summary>
/// Every text value of a loaded set, with the record and key it belongs to (for checks that apply to all text).
/// <see cref="Visit"/> allocates nothing per value; the place is worked out only when a check needs it.
/// </summary>
public static class TextFields
{
    /// <summary>Receives each non-empty text; <paramref name="index"/> is the item index in a list, else -1.</summary>
    public delegate void Visitor(Sourced owner, string key, int index, string value);

    /// <summary>The place of a visited value: <c>key</c>, <c>key[index]</c> or <c>extra[column]</c>.</summary>
    public static SourceLocation At(Sourced owner, string key, int index) =>
        owner.Source.Of(index >= 0 ? $"{key}[{index}]" : key);

    /// <summary>Every text with its place (allocates; for tests and small sets).</summary>
    public static IReadOnlyList<(string Value, SourceLocation At)> All(ListSet lists)
    {
        var all = new List<(string, SourceLocation)>();
        Visit(lists, (owner, key, index, value) => all.Add((value, At(owner, key, index))));
        return all;
    }

    public static void Visit(ListSet lists, Visitor visit)
    {
        var s = lists.Site;
        T(visit, s, "jurisdiction", s.Jurisdiction);
        T(visit, s, "division_code", s.DivisionCode);
        T(visit, s, "title", s.Title);
        T(visit, s, "base_url", s.BaseUrl);
        T(visit, s, "supervision_phone", s.SupervisionPhone);
        T(visit, s, "complaint_phone", s.ComplaintPhone);
        T(visit, s, "address", s.Address);
        T(visit, s, "office_hours", s.OfficeHours);
        T(visit, s, "website", s.Website);
        T(visit, s, "feedback", s.Feedback);
        T(visit, s, "description", s.Description);
        L(visit, s, "default_remedies", s.DefaultRemedies);
        foreach (var c in lists.Categories)
        {
            T(visit, c, "code", c.Code);
            T(visit, c, "name", c.Name);
            T(visit, c, "description", c.Description);
        }

        foreach (var d in lists.Departments)
        {
            T(visit, d, "id", d.Id);
            T(visit, d, "name", d.Name);
            T(visit, d, "short_name", d.ShortName);
            T(visit, d, "kind", d.Kind);
            T(visit, d, "address", d.Address);
            T(visit, d, "phone", d.Phone);
            T(visit, d, "website", d.Website);
            T(visit, d, "supervision_phone", d.SupervisionPhone);
            T(visit, d, "complaint_phone", d.ComplaintPhone);
            T(visit, d, "office_hours", d.OfficeHours);
            T(visit, d, "feedback", d.Feedback);
        }

        foreach (var l in lists.Laws)
        {
            T(visit, l, "id", l.Id);
            T(visit, l, "title", l.Title);
            L(visit, l, "aliases", l.Aliases);
            T(visit, l, "level", l.Level);
            T(visit, l, "issuer", l.Issuer);
            T(visit, l, "promulgated", l.Promulgated);
            T(visit, l, "effective", l.Effective);
            T(visit, l, "revision", l.Revision);
            T(visit, l, "status", l.Status);
            T(visit, l, "replaced_by", l.ReplacedBy);
        }

        foreach (var y in lists.Synonyms)
        {
            T(visit, y, "term", y.Term);
            L(visit, y, "expansions", y.Expansions);
        }

        if (lists.Catalogue is { } catalogue)
        {
            T(visit, catalogue, "title", catalogue.Title);
            foreach (var i in catalogue.Items)
            {
                T(visit, i, "code", i.Code);
                T(visit, i, "name", i.Name);
                T(visit, i, "category", i.Category);
                L(visit, i, "levels", i.Levels);
                T(visit, i, "basis", i.Basis);
            }
        }

        foreach (var f in lists.Files)
        {
            VisitFile(visit, f);
        }
    }

    /// <summary>The texts of the set outside its list files (site, categories, departments, laws, synonyms, catalogue).</summary>
    public static void VisitTopLevel(ListSet lists, Visitor visit) =>
        Visit(lists with { Files = [] }, visit);

    /// <summary>The texts of one list file.</summary>
    public static void VisitFile(Visitor visit, ListFile f)
    {
        T(visit, f, "department", f.Department);
        T(visit, f, "category", f.Category);
        foreach (var e in f.Entries)
        {
            VisitEntry(visit, e);
        }
    }

    /// <summary>The texts of an entry and its nested records, walking its field table (<see cref="EntryFields.Entry"/>).</summary>
    private static void VisitEntry(Visitor visit, Entry e) => Record(visit, EntryFields.Entry, e);

    private static void Record(Visitor visit, RecordTable table, Sourced r)
    {
        foreach (var f in table.Fields)
        {
            switch (f.Kind)
            {
                case FieldKind.Text:
                    T(visit, r, f.Key, f.Text(r));
                    break;
                case FieldKind.TextList:
                    L(visit, r, f.Key, f.Texts(r));
                    break;
                case FieldKind.TextMap:
                    foreach (var (column, value) in f.Map(r))
                    {
                        // Both the column title and its value are text of the entry; the place is the value's.
                        var key = $"{f.Key}[{column}]";
                        T(visit, r, key, column);
                        T(visit, r, key, value);
                    }

                    break;
                case FieldKind.Object:
                    if (f.Object(r) is { } o)
                    {
                        Record(visit, f.Item!, o);
                    }

                    break;
                case FieldKind.ObjectList or FieldKind.Citations:
                    foreach (var item in f.Items(r))
                    {
                        Record(visit, f.Item!, item);
                    }

                    break;
            }
        }
    }

    private static void T(Visitor visit, Sourced owner, string key, string value)
    {
        if (value.Length > 0)
        {
            visit(owner, key, -1, value);
        }
    }

    private static void L(Visitor visit, Sourced owner, string key, ImmutableArray<string> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length > 0)
            {
                visit(owner, key, i, values[i]);
            }
        }
    }
}
