using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation;

/// <summary>Every text value of a loaded set with the place it came from (for checks that apply to all text).</summary>
public static class TextFields
{
    public static IEnumerable<(string Value, SourceLocation At)> All(ListSet lists)
    {
        var s = lists.Site;
        foreach (var t in Of(s, ("jurisdiction", s.Jurisdiction), ("division_code", s.DivisionCode), ("title", s.Title), ("base_url", s.BaseUrl),
                     ("supervision_phone", s.SupervisionPhone), ("description", s.Description)))
        {
            yield return t;
        }

        foreach (var t in List(s, "default_remedies", s.DefaultRemedies))
        {
            yield return t;
        }

        foreach (var c in lists.Categories)
        {
            foreach (var t in Of(c, ("code", c.Code), ("name", c.Name), ("description", c.Description)))
            {
                yield return t;
            }
        }

        foreach (var d in lists.Departments)
        {
            foreach (var t in Of(d, ("id", d.Id), ("name", d.Name), ("short_name", d.ShortName), ("kind", d.Kind), ("address", d.Address),
                         ("phone", d.Phone), ("website", d.Website)))
            {
                yield return t;
            }
        }

        foreach (var l in lists.Laws)
        {
            foreach (var t in Of(l, ("id", l.Id), ("title", l.Title), ("level", l.Level), ("issuer", l.Issuer), ("promulgated", l.Promulgated),
                         ("effective", l.Effective), ("revision", l.Revision), ("status", l.Status), ("replaced_by", l.ReplacedBy)))
            {
                yield return t;
            }

            foreach (var t in List(l, "aliases", l.Aliases))
            {
                yield return t;
            }
        }

        foreach (var y in lists.Synonyms)
        {
            yield return (y.Term, y.Source.Of("term"));
            foreach (var t in List(y, "expansions", y.Expansions))
            {
                yield return t;
            }
        }

        foreach (var f in lists.Files)
        {
            yield return (f.Department, f.Source.Of("department"));
            yield return (f.Category, f.Source.Of("category"));
            foreach (var e in f.Entries)
            {
                foreach (var t in OfEntry(e))
                {
                    yield return t;
                }
            }
        }
    }

    private static IEnumerable<(string, SourceLocation)> OfEntry(Entry e)
    {
        foreach (var t in Of(e, ("code", e.Code), ("name", e.Name), ("subject", e.Subject), ("handler", e.Handler), ("duties", e.Duties),
                     ("accountable", e.Accountable), ("accountability", e.Accountability), ("notes", e.Notes)))
        {
            yield return t;
        }

        foreach (var t in List(e, "remedies", e.Remedies))
        {
            yield return t;
        }

        foreach (var (key, value) in e.Extra)
        {
            yield return (key, e.Source.Of($"extra[{key}]"));
            yield return (value, e.Source.Of($"extra[{key}]"));
        }

        foreach (var c in e.Basis)
        {
            foreach (var t in OfCitation(c))
            {
                yield return t;
            }
        }

        foreach (var s in e.SubItems)
        {
            foreach (var t in Of(s, ("code", s.Code), ("name", s.Name), ("notes", s.Notes)))
            {
                yield return t;
            }

            foreach (var c in s.Basis)
            {
                foreach (var t in OfCitation(c))
                {
                    yield return t;
                }
            }
        }

        foreach (var l in e.Levels)
        {
            foreach (var t in Of(l, ("level", l.Name), ("scope", l.Scope), ("subject", l.Subject)))
            {
                yield return t;
            }
        }

        foreach (var r in e.Responsibilities)
        {
            foreach (var t in Of(r, ("stage", r.Stage), ("content", r.Content), ("basis", r.Basis)))
            {
                yield return t;
            }
        }

        if (e.Process is { } p)
        {
            foreach (var t in Of(p, ("statutory_limit", p.StatutoryLimit), ("promised_limit", p.PromisedLimit)))
            {
                yield return t;
            }

            foreach (var step in p.Steps)
            {
                foreach (var t in Of(step, ("name", step.Name), ("description", step.Description), ("time_limit", step.TimeLimit)))
                {
                    yield return t;
                }
            }
        }

        if (e.Fees is { } fees)
        {
            foreach (var t in Of(fees, ("basis", fees.Basis), ("standard", fees.Standard)))
            {
                yield return t;
            }
        }

        if (e.Supervision is { } sv)
        {
            foreach (var t in Of(sv, ("method", sv.Method), ("phone", sv.Phone)))
            {
                yield return t;
            }
        }

        foreach (var a in e.Adjustments)
        {
            foreach (var t in Of(a, ("type", a.Type), ("document", a.Document), ("date", a.Date), ("note", a.Note)))
            {
                yield return t;
            }

            foreach (var t in List(a, "replaces", a.Replaces))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<(string, SourceLocation)> OfCitation(Citation c) =>
        Of(c, ("law", c.Law), ("articles", c.Articles), ("quote", c.Quote), ("text", c.Text));

    private static IEnumerable<(string, SourceLocation)> Of(Sourced record, params (string Key, string Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            if (value.Length > 0)
            {
                yield return (value, record.Source.Of(key));
            }
        }
    }

    private static IEnumerable<(string, SourceLocation)> List(Sourced record, string key, System.Collections.Immutable.ImmutableArray<string> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return (values[i], record.Source.Of($"{key}[{i}]"));
        }
    }
}
