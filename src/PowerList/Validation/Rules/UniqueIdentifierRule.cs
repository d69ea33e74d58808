using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation.Rules;

/// <summary>
/// Entry and sub-item codes are unique across all lists (PL0401); department ids, category codes and law ids are
/// unique in their files (PL0402). Every place of a duplicate is reported, pointing at another place.
/// </summary>
public sealed class UniqueIdentifierRule : IValidationRule
{
    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        // Entry and sub-item codes of every file: counted first, places looked up only for repeated codes.
        var codes = DuplicateFinder.Repeated(
            Coded(context.Lists),
            r => Code(r).Length > 0,
            Code,
            r => r.Source.Of("code"),
            StringComparer.Ordinal);

        Report(context, codes, (at, id, other) => DiagnosticCodes.DuplicateCode.At(at, id, other), diagnostics);
        ReportIds(context, "部门标识", context.Lists.Departments.Select(d => (d.Id, d.Source.Of("id"))), diagnostics);
        ReportIds(context, "类别代码", context.Lists.Categories.Select(c => (c.Code, c.Source.Of("code"))), diagnostics);
        ReportIds(context, "法规标识", context.Lists.Laws.Select(l => (l.Id, l.Source.Of("id"))), diagnostics);
        if (context.Lists.Catalogue is { } catalogue)
        {
            ReportIds(context, "目录编码", catalogue.Items.Select(i => (i.Code, i.Source.Of("code"))), diagnostics);
        }
    }

    /// <summary>Every entry, each followed by its sub-items.</summary>
    private static IEnumerable<Sourced> Coded(ListSet lists)
    {
        foreach (var entry in lists.Entries)
        {
            yield return entry;
            foreach (var sub in entry.SubItems)
            {
                yield return sub;
            }
        }
    }

    private static string Code(Sourced record) => record switch
    {
        Entry e => e.Code,
        SubItem s => s.Code,
        _ => throw new InvalidOperationException("Only entries and sub-items have codes here."),
    };

    private static void ReportIds(ValidationContext context, string what, IEnumerable<(string Id, SourceLocation At)> items, DiagnosticBag diagnostics)
    {
        var map = new Dictionary<string, List<SourceLocation>>(StringComparer.Ordinal);
        foreach (var (id, at) in items)
        {
            Add(map, id, at);
        }

        Report(context, map, (at, id, other) => DiagnosticCodes.DuplicateId.At(at, what, id, other), diagnostics);
    }

    private static void Add(Dictionary<string, List<SourceLocation>> map, string id, SourceLocation at)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(id, out var places))
        {
            places = new List<SourceLocation>(1);
            map[id] = places;
        }

        places.Add(at);
    }

    /// <summary>Each place of a duplicate points at the first other place.</summary>
    internal static void Report(
        ValidationContext context,
        Dictionary<string, List<SourceLocation>> map,
        Func<SourceLocation, string, string, Diagnostic> make,
        DiagnosticBag diagnostics)
    {
        foreach (var (id, places) in map)
        {
            if (places.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < places.Count; i++)
            {
                var other = places[i == 0 ? 1 : 0];
                diagnostics.Add(make(places[i], id, context.Describe(other)));
            }
        }
    }
}
