using System.Collections.Immutable;
using PowerList.Diagnostics;
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

    private static void VisitEntry(Visitor visit, Entry e)
    {
        T(visit, e, "code", e.Code);
        T(visit, e, "name", e.Name);
        T(visit, e, "catalogue", e.Catalogue);
        T(visit, e, "subject", e.Subject);
        T(visit, e, "handler", e.Handler);
        T(visit, e, "duties", e.Duties);
        T(visit, e, "accountable", e.Accountable);
        T(visit, e, "accountability", e.Accountability);
        T(visit, e, "notes", e.Notes);
        L(visit, e, "remedies", e.Remedies);
        foreach (var (column, value) in e.Extra)
        {
            // Both the column title and its value are text of the entry; the place is the value's.
            T(visit, e, $"extra[{column}]", column);
            T(visit, e, $"extra[{column}]", value);
        }

        Citations(visit, e.Basis);
        foreach (var s in e.SubItems)
        {
            T(visit, s, "code", s.Code);
            T(visit, s, "name", s.Name);
            T(visit, s, "notes", s.Notes);
            Citations(visit, s.Basis);
        }

        foreach (var l in e.Levels)
        {
            T(visit, l, "level", l.Name);
            T(visit, l, "scope", l.Scope);
            T(visit, l, "subject", l.Subject);
        }

        foreach (var r in e.Responsibilities)
        {
            T(visit, r, "stage", r.Stage);
            T(visit, r, "content", r.Content);
            T(visit, r, "basis", r.Basis);
        }

        if (e.Process is { } p)
        {
            T(visit, p, "statutory_limit", p.StatutoryLimit);
            T(visit, p, "promised_limit", p.PromisedLimit);
            foreach (var step in p.Steps)
            {
                T(visit, step, "name", step.Name);
                T(visit, step, "description", step.Description);
                T(visit, step, "time_limit", step.TimeLimit);
            }
        }

        if (e.Fees is { } fees)
        {
            T(visit, fees, "basis", fees.Basis);
            T(visit, fees, "standard", fees.Standard);
        }

        if (e.Supervision is { } sv)
        {
            T(visit, sv, "method", sv.Method);
            T(visit, sv, "phone", sv.Phone);
        }

        foreach (var a in e.Adjustments)
        {
            T(visit, a, "type", a.Type);
            T(visit, a, "document", a.Document);
            T(visit, a, "date", a.Date);
            T(visit, a, "note", a.Note);
            L(visit, a, "replaces", a.Replaces);
        }
    }

    private static void Citations(Visitor visit, ImmutableArray<Citation> citations)
    {
        foreach (var c in citations)
        {
            T(visit, c, "law", c.Law);
            T(visit, c, "articles", c.Articles);
            T(visit, c, "quote", c.Quote);
            T(visit, c, "text", c.Text);
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
