using PowerList.Building.Dependencies;
using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// A <see cref="SiteIndex"/> made from the previous build's index and the list files that changed since
/// (<see cref="RecordChanges"/>: the site, categories, departments and laws are the same objects, so every order is
/// the same): the groups of entries (one category and department each, in <see cref="SiteIndex.Entries"/>) that an
/// entry of a changed file was or is in are made again, every other group is the previous run as it was; the lists by
/// category, department and law are made again only for those a changed entry was or is in; the latest changes are
/// the previous ones without the changed files' entries, merged with theirs now. Exactly the index made in full; where
/// it could differ (two entries of one group with one code, equal keys in the latest changes) it gives up (null).
/// </summary>
internal static class SiteIndexUpdate
{
    /// <summary>What the index holds besides the records' lookups.</summary>
    internal sealed record Parts(
        List<Entry> Entries,
        Dictionary<string, List<Entry>> ByCategory,
        Dictionary<string, List<Entry>> ByDepartment,
        Dictionary<string, List<Entry>> ByLaw,
        List<(Entry Entry, Adjustment Latest)> LatestChanges);

    public static Parts? Of(SiteIndex previous, ListSet lists, RecordChanges changes)
    {
        var gone = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        var groups = new Dictionary<(string Category, string Department), List<Entry>>();
        var laws = new HashSet<string>(StringComparer.Ordinal);
        var cited = new List<string>();
        var made = new List<Entry>();
        foreach (var file in changes.Gone)
        {
            foreach (var entry in file.Entries)
            {
                gone.Add(entry);
                Touch(entry, groups, laws, cited);
            }
        }

        foreach (var file in changes.Made)
        {
            foreach (var entry in file.Entries)
            {
                Touch(entry, groups, laws, cited);
                if (entry.Public && entry.IsInForce)
                {
                    made.Add(entry);
                }
            }
        }

        // The previous order in runs of one group; a touched group's entries that stay are set aside.
        var (categoryOrder, departmentOrder) = SiteIndex.Orders(lists);
        var runs = new List<((int, string, int, string) Group, IReadOnlyList<Entry> Entries, int Start, int Count)>();
        var old = previous.Entries;
        for (var i = 0; i < old.Count;)
        {
            var (category, department) = (old[i].Category, old[i].Department);
            var j = i + 1;
            while (j < old.Count && string.Equals(old[j].Category, category, StringComparison.Ordinal) && string.Equals(old[j].Department, department, StringComparison.Ordinal))
            {
                j++;
            }

            if (groups.TryGetValue((category, department), out var kept))
            {
                for (var k = i; k < j; k++)
                {
                    if (!gone.Contains(old[k]))
                    {
                        kept.Add(old[k]);
                    }
                }
            }
            else
            {
                runs.Add((SiteIndex.Group(categoryOrder, departmentOrder, category, department), old, i, j - i));
            }

            i = j;
        }

        foreach (var entry in made)
        {
            groups[(entry.Category, entry.Department)].Add(entry);
        }

        foreach (var ((category, department), entries) in groups)
        {
            if (entries.Count == 0)
            {
                continue;
            }

            entries.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
            for (var k = 1; k < entries.Count; k++)
            {
                if (string.Equals(entries[k - 1].Code, entries[k].Code, StringComparison.Ordinal))
                {
                    return null; // the full sort keeps such entries in the lists' order
                }
            }

            runs.Add((SiteIndex.Group(categoryOrder, departmentOrder, category, department), entries, 0, entries.Count));
        }

        runs.Sort(static (a, b) => SiteIndex.CompareGroups(a.Group, b.Group));
        var all = new List<Entry>(old.Count + made.Count);
        var rank = new Dictionary<(string, string), int>();
        var (byCategory, byDepartment, byLaw) = previous.Lookups;
        byCategory = new(byCategory, StringComparer.Ordinal);
        byDepartment = new(byDepartment, StringComparer.Ordinal);
        byLaw = new(byLaw, StringComparer.Ordinal);
        foreach (var (category, department) in groups.Keys)
        {
            byCategory.Remove(category);
            byDepartment.Remove(department);
        }

        var categories = groups.Keys.Select(g => g.Category).ToHashSet(StringComparer.Ordinal);
        var departments = groups.Keys.Select(g => g.Department).ToHashSet(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            var (_, category, _, department) = run.Group;
            rank[(category, department)] = rank.Count;
            for (var k = run.Start; k < run.Start + run.Count; k++)
            {
                var entry = run.Entries[k];
                all.Add(entry);
                if (categories.Contains(category))
                {
                    Add(byCategory, category, entry);
                }

                if (departments.Contains(department))
                {
                    Add(byDepartment, department, entry);
                }
            }
        }

        // A touched law's entries: those that stay (in the order of Entries already: no group moved) merged with the
        // changed files' entries citing it, in the order of Entries (group, then code).
        int Compare(Entry a, Entry b)
        {
            var c = rank[(a.Category, a.Department)].CompareTo(rank[(b.Category, b.Department)]);
            return c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
        }

        foreach (var law in laws)
        {
            byLaw.Remove(law);
            var added = new List<Entry>();
            foreach (var entry in made)
            {
                cited.Clear();
                SiteIndex.Cites(entry, cited);
                if (cited.Contains(law, StringComparer.Ordinal))
                {
                    added.Add(entry);
                }
            }

            added.Sort(Compare);
            var citing = new List<Entry>(previous.Citing(law).Count + added.Count);
            var next = 0;
            foreach (var entry in previous.Citing(law))
            {
                if (gone.Contains(entry))
                {
                    continue;
                }

                while (next < added.Count && Compare(added[next], entry) < 0)
                {
                    citing.Add(added[next++]);
                }

                citing.Add(entry);
            }

            citing.AddRange(added.Skip(next));
            if (citing.Count > 0)
            {
                byLaw[law] = citing;
            }
        }

        var latest = Latest(previous, gone, made);
        return latest is null ? null : new Parts(all, byCategory, byDepartment, byLaw, latest);
    }

    /// <summary>The previous latest changes without <paramref name="gone"/>, merged with those of <paramref name="made"/>; null on equal keys.</summary>
    private static List<(Entry Entry, Adjustment Latest)>? Latest(SiteIndex previous, HashSet<Entry> gone, List<Entry> made)
    {
        var added = new List<(Entry Entry, Adjustment Latest)>();
        foreach (var entry in made)
        {
            if (SiteIndex.Latest(entry) is { } adjustment)
            {
                added.Add((entry, adjustment));
            }
        }

        added.Sort(SiteIndex.CompareChanges);
        var merged = new List<(Entry Entry, Adjustment Latest)>(previous.LatestChanges.Count + added.Count);
        var next = 0;
        foreach (var change in previous.LatestChanges)
        {
            if (gone.Contains(change.Entry))
            {
                continue;
            }

            while (next < added.Count && SiteIndex.CompareChanges(added[next], change) <= 0)
            {
                if (SiteIndex.CompareChanges(added[next], change) == 0)
                {
                    return null;
                }

                merged.Add(added[next++]);
            }

            merged.Add(change);
        }

        merged.AddRange(added.Skip(next));
        return merged;
    }

    private static void Touch(Entry entry, Dictionary<(string, string), List<Entry>> groups, HashSet<string> laws, List<string> cited)
    {
        groups.TryAdd((entry.Category, entry.Department), []);
        cited.Clear();
        SiteIndex.Cites(entry, cited);
        laws.UnionWith(cited);
    }

    private static void Add(Dictionary<string, List<Entry>> lists, string key, Entry entry)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(entry);
    }
}
