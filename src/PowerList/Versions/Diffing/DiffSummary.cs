using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// Counts of a comparison: each changed entry counted once, by its type, overall and per department and category
/// (the entry's place in the newer version; the older one for removed entries). Groups follow the order of
/// departments.yaml and categories.yaml, unknown ones last by id.
/// </summary>
public sealed record DiffSummary(
    int Total,
    ImmutableDictionary<string, int> ByType,
    ImmutableArray<DiffSummary.Group> ByDepartment,
    ImmutableArray<DiffSummary.Group> ByCategory)
{
    public sealed record Group(string Id, string Name, int Total, ImmutableDictionary<string, int> ByType);

    public int Count(string type) => ByType.TryGetValue(type, out var n) ? n : 0;

    public static DiffSummary Of(ListDiff diff)
    {
        var changes = diff.Distinct.ToList();
        var departments = Names(diff, l => l.Departments.Select(d => (d.Id, d.Name)));
        var categories = Names(diff, l => l.Categories.Select(c => (c.Code, c.Name)));
        return new DiffSummary(
            changes.Count,
            CountTypes(changes),
            Groups(changes, c => c.Department, departments),
            Groups(changes, c => c.Category, categories));
    }

    private static List<(string Id, string Name)> Names(ListDiff diff, Func<ListSet, IEnumerable<(string, string)>> pick)
    {
        var list = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, name) in pick(diff.To.Lists).Concat(pick(diff.From.Lists)))
        {
            if (seen.Add(id))
            {
                list.Add((id, name));
            }
        }

        return list;
    }

    private static ImmutableDictionary<string, int> CountTypes(IEnumerable<EntryChange> changes)
    {
        var counts = AdjustmentType.All.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        foreach (var c in changes)
        {
            counts[c.Type] = counts.GetValueOrDefault(c.Type) + 1;
        }

        return counts.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private static ImmutableArray<Group> Groups(List<EntryChange> changes, Func<EntryChange, string> key, List<(string Id, string Name)> order)
    {
        var byKey = changes.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var known = order.Where(o => byKey.ContainsKey(o.Id)).ToList();
        var unknown = byKey.Keys.Where(k => order.All(o => o.Id != k)).Order(StringComparer.Ordinal).Select(k => (k, k));
        return [.. known.Concat(unknown).Select(o => new Group(o.Item1, o.Item2, byKey[o.Item1].Count, CountTypes(byKey[o.Item1])))];
    }
}
