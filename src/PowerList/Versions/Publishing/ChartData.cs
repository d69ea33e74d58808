using System.Collections.Immutable;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Publishing;

/// <summary>A chart's numbers: one row per category or department, one series per version. Also shown as a table.</summary>
public sealed record ChartData(string Title, string RowHeader, ImmutableArray<string> Series, ImmutableArray<ChartData.Row> Rows)
{
    public sealed record Row(string Label, ImmutableArray<int> Values);

    public int Max => Rows.SelectMany(r => r.Values).DefaultIfEmpty(0).Max();

    /// <summary>Public entries per category and per department in each version (releases, then current if it differs).</summary>
    public static (ChartData ByCategory, ChartData ByDepartment) Of(ReleaseTimeline timeline)
    {
        var sides = timeline.Releases.ToList();
        if (sides.Count == 0 || !timeline.Diff(sides[^1], timeline.Current).IsEmpty)
        {
            sides.Add(timeline.Current);
        }

        var series = sides.Select(s => s.IsCurrent ? "当前" : s.Version).ToImmutableArray();
        var categories = Union(sides.Select(s => s.Lists.Categories.Select(c => (c.Code, c.Name))));
        var departments = Union(sides.Select(s => s.Lists.Departments.Select(d => (d.Id, d.Name))));
        // One pass over each version's entries (not one per category or department: that grows with their product).
        var counts = sides.Select(Count).ToList();
        var byCategory = new ChartData("各类别职权数", "类别", series, [.. categories.Select(c => new ChartData.Row(c.Name,
            [.. counts.Select(n => n.ByCategory.GetValueOrDefault(c.Id))]))]);
        var byDepartment = new ChartData("各部门职权数", "部门", series, [.. departments.Select(d => new ChartData.Row(d.Name,
            [.. counts.Select(n => n.ByDepartment.GetValueOrDefault(d.Id))]))]);
        return (byCategory, Drop(byDepartment));
    }

    private static (Dictionary<string, int> ByCategory, Dictionary<string, int> ByDepartment) Count(VersionSide side)
    {
        var byCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDepartment = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in side.Lists.InForceEntries)
        {
            byCategory[e.Category] = byCategory.GetValueOrDefault(e.Category) + 1;
            byDepartment[e.Department] = byDepartment.GetValueOrDefault(e.Department) + 1;
        }

        return (byCategory, byDepartment);
    }

    private static ChartData Drop(ChartData chart) => chart with { Rows = [.. chart.Rows.Where(r => r.Values.Any(v => v > 0))] };

    /// <summary>Ids in the newest version's order, then ids only older versions had; names from the newest that has them.</summary>
    private static List<(string Id, string Name)> Union(IEnumerable<IEnumerable<(string Id, string Name)>> perVersion)
    {
        var result = new List<(string Id, string Name)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in perVersion.Reverse())
        {
            foreach (var (id, name) in version)
            {
                if (seen.Add(id))
                {
                    result.Add((id, name.Length > 0 ? name : id));
                }
            }
        }

        return result;
    }
}
