using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// Lookups the pages need, computed once per build from the public entries only: entries by category and by
/// department (in reading order), the entries citing each law (the reverse lookup), and the latest changes.
/// </summary>
public sealed class SiteIndex
{
    private static readonly IReadOnlyList<Entry> None = [];

    private readonly Dictionary<string, List<Entry>> _byCategory;
    private readonly Dictionary<string, List<Entry>> _byDepartment;
    private readonly Dictionary<string, List<Entry>> _byLaw;

    /// <param name="lists">The lists.</param>
    /// <param name="timings">Where making the index is timed (<c>site index</c>), if anywhere.</param>
    public SiteIndex(ListSet lists, Diagnostics.TimingLog? timings = null)
    {
        Lists = lists;
        Categories = lists.Categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Departments = lists.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var t = (timings?.Now() ?? default);
        Entries = Sorted(lists);
        _byCategory = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        _byDepartment = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        _byLaw = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var laws = new List<string>();
        var changed = new List<(Entry Entry, Adjustment Latest)>();
        foreach (var entry in Entries)
        {
            Add(_byCategory, entry.Category, entry);
            Add(_byDepartment, entry.Department, entry);

            laws.Clear();
            Cites(entry, laws);

            foreach (var law in laws)
            {
                Add(_byLaw, law, entry);
            }

            if (Latest(entry) is { } latest)
            {
                changed.Add((entry, latest));
            }
        }

        LatestChanges = changed
            .OrderByDescending(x => x.Latest.Date, StringComparer.Ordinal)
            .ThenBy(x => x.Entry.Code, StringComparer.Ordinal)
            .ToList();
        timings?.Measure("site index", t);
    }

    /// <summary>An index made by <see cref="SiteIndexUpdate"/> from the previous one and what changed.</summary>
    private SiteIndex(ListSet lists, SiteIndex previous, SiteIndexUpdate.Parts parts)
    {
        Lists = lists;
        (Categories, Departments, Laws) = (previous.Categories, previous.Departments, previous.Laws);
        (Entries, _byCategory, _byDepartment, _byLaw, LatestChanges) = (parts.Entries, parts.ByCategory, parts.ByDepartment, parts.ByLaw, parts.LatestChanges);
    }

    /// <summary>
    /// The index of <paramref name="lists"/>: with <paramref name="previous"/>, the index of an earlier set of the same
    /// lists, updated for the list files that changed (<see cref="SiteIndexUpdate"/>, <c>serve</c>'s rebuilds) when it
    /// can be, else made in full. Either way the same index.
    /// </summary>
    public static SiteIndex Of(ListSet lists, SiteIndex? previous, Diagnostics.TimingLog? timings = null)
    {
        if (previous is null || ReferenceEquals(previous.Lists, lists))
        {
            return previous ?? new SiteIndex(lists, timings);
        }

        var t = (timings?.Now() ?? default);
        if (PowerList.Building.Dependencies.RecordChanges.Of(previous.Lists, lists) is { } changes && SiteIndexUpdate.Of(previous, lists, changes) is { } parts)
        {
            timings?.Measure("site index: updated", t);
            return new SiteIndex(lists, previous, parts);
        }

        return new SiteIndex(lists, timings);
    }

    /// <summary>An entry's latest adjustment by date (of equal dates the first listed); null without any.</summary>
    internal static Adjustment? Latest(Entry entry)
    {
        if (entry.Adjustments.Length == 0)
        {
            return null;
        }

        var latest = entry.Adjustments[0];
        foreach (var adjustment in entry.Adjustments)
        {
            if (string.CompareOrdinal(adjustment.Date, latest.Date) > 0)
            {
                latest = adjustment;
            }
        }

        return latest;
    }

    /// <summary>The order of <see cref="LatestChanges"/>: the most recent adjustment first, then by code.</summary>
    internal static int CompareChanges((Entry Entry, Adjustment Latest) a, (Entry Entry, Adjustment Latest) b)
    {
        var c = string.CompareOrdinal(b.Latest.Date, a.Latest.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Entry.Code, b.Entry.Code);
    }

    public ListSet Lists { get; }

    public SiteInfo Site => Lists.Site;

    /// <summary>Public entries that have ended (<see cref="Entry.Ended"/>), by code: not in any list or count, each with its own status page.</summary>
    public IReadOnlyList<Entry> Ended => _ended ??= [.. Lists.EndedEntries.OrderBy(e => e.Code, StringComparer.Ordinal)];

    private IReadOnlyList<Entry>? _ended;

    /// <summary>Public entries in force, by category order, department order, code.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    public IReadOnlyDictionary<string, Category> Categories { get; }

    public IReadOnlyDictionary<string, Department> Departments { get; }

    /// <summary>Which statutory fields the public entries fill (for the home and about pages' promises).</summary>
    public FieldCoverage Coverage => _coverage ??= FieldCoverage.Of(Lists.Site, Lists.Departments, Entries);

    private FieldCoverage? _coverage;

    public IReadOnlyDictionary<string, Law> Laws { get; }

    /// <summary>Entries with adjustments, most recent adjustment first (then by code), with that adjustment.</summary>
    public IReadOnlyList<(Entry Entry, Adjustment Latest)> LatestChanges { get; }

    /// <summary>The lists by category, department and law, for <see cref="SiteIndexUpdate"/> (never changed once made).</summary>
    internal (Dictionary<string, List<Entry>> ByCategory, Dictionary<string, List<Entry>> ByDepartment, Dictionary<string, List<Entry>> ByLaw) Lookups =>
        (_byCategory, _byDepartment, _byLaw);

    /// <summary>A category's entries, by department order then code.</summary>
    public IReadOnlyList<Entry> InCategory(string code) => _byCategory.TryGetValue(code, out var l) ? l : None;

    /// <summary>A department's entries, by category order then code.</summary>
    public IReadOnlyList<Entry> InDepartment(string id) => _byDepartment.TryGetValue(id, out var l) ? l : None;

    /// <summary>Entries whose basis (or a sub-item's) cites the law.</summary>
    public IReadOnlyList<Entry> Citing(string lawId) => _byLaw.TryGetValue(lawId, out var l) ? l : None;

    /// <summary>True when an entry with this code is published (has a page; an ended entry's page is its status page).</summary>
    public bool IsPublished(string code) => Lists.PublicByCode.ContainsKey(code);

    public string CategoryName(string code) => Categories.TryGetValue(code, out var c) ? c.Name : code;

    public string DepartmentName(string id) => Departments.TryGetValue(id, out var d) ? d.Name : id;

    /// <summary>
    /// The public entries by category order, category code, department order, department id, code, then their place
    /// in the lists (a stable sort). Entries of one list file share the first four, so they are sorted in groups:
    /// the groups by those four, each group by code (when not in code order already).
    /// </summary>
    private static List<Entry> Sorted(ListSet lists)
    {
        var (categoryOrder, departmentOrder) = Orders(lists);

        var groups = new Dictionary<(string Category, string Department), List<Entry>>();
        List<Entry>? last = null;
        (string, string) lastKey = default;
        var entries = lists.InForceEntries;
        foreach (var entry in entries)
        {
            var key = (entry.Category, entry.Department);
            if (last is null || !ReferenceEquals(key.Category, lastKey.Item1) || !ReferenceEquals(key.Department, lastKey.Item2))
            {
                if (!groups.TryGetValue(key, out last))
                {
                    groups[key] = last = new List<Entry>();
                }

                lastKey = key;
            }

            last.Add(entry);
        }

        var ordered = groups.Select(g => (Group: Group(categoryOrder, departmentOrder, g.Key.Category, g.Key.Department), Entries: g.Value)).ToArray();
        Array.Sort(ordered, static (a, b) => CompareGroups(a.Group, b.Group));

        var sorted = new List<Entry>(entries.Count);
        foreach (var group in ordered)
        {
            var list = group.Entries;
            var inOrder = true;
            for (var i = 1; i < list.Count && inOrder; i++)
            {
                inOrder = string.CompareOrdinal(list[i - 1].Code, list[i].Code) <= 0;
            }

            if (!inOrder)
            {
                // A stable sort by code: the list is in the lists' order, so equal codes keep it.
                var byCode = list.Select((e, i) => (Entry: e, At: i)).ToArray();
                Array.Sort(byCode, static (a, b) =>
                {
                    var c = string.CompareOrdinal(a.Entry.Code, b.Entry.Code);
                    return c != 0 ? c : a.At.CompareTo(b.At);
                });
                list = [.. byCode.Select(x => x.Entry)];
            }

            sorted.AddRange(list);
        }

        return sorted;
    }

    /// <summary>Each category's and department's place in the lists' order (the first of a repeated id).</summary>
    internal static (Dictionary<string, int> Categories, Dictionary<string, int> Departments) Orders(ListSet lists)
    {
        var categoryOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Categories.Length; i++)
        {
            categoryOrder.TryAdd(lists.Categories[i].Code, i);
        }

        var departmentOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Departments.Length; i++)
        {
            departmentOrder.TryAdd(lists.Departments[i].Id, i);
        }

        return (categoryOrder, departmentOrder);
    }

    /// <summary>A group of entries (one category and department) with the places that order it (<see cref="CompareGroups"/>).</summary>
    internal static (int Cat, string Category, int Dep, string Department) Group(Dictionary<string, int> categories, Dictionary<string, int> departments, string category, string department) =>
        (categories.GetValueOrDefault(category, int.MaxValue), category, departments.GetValueOrDefault(department, int.MaxValue), department);

    /// <summary>The order of the groups in <see cref="Entries"/>: category order, category code, department order, department id.</summary>
    internal static int CompareGroups((int Cat, string Category, int Dep, string Department) a, (int Cat, string Category, int Dep, string Department) b)
    {
        var c = a.Cat.CompareTo(b.Cat);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Category, b.Category);
        }

        if (c == 0)
        {
            c = a.Dep.CompareTo(b.Dep);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Department, b.Department);
    }

    private static void Add(Dictionary<string, List<Entry>> lists, string key, Entry entry)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = new List<Entry>();
        }

        list.Add(entry);
    }

    /// <summary>The structured laws <paramref name="entry"/> cites, each once, in the order first cited (the basis, then the sub-items').</summary>
    internal static void Cites(Entry entry, List<string> laws)
    {
        AddLaws(laws, entry.Basis);
        foreach (var item in entry.SubItems)
        {
            AddLaws(laws, item.Basis);
        }
    }

    private static void AddLaws(List<string> laws, System.Collections.Immutable.ImmutableArray<Citation> basis)
    {
        foreach (var citation in basis)
        {
            if (citation.IsStructured && !laws.Contains(citation.Law, StringComparer.Ordinal))
            {
                laws.Add(citation.Law);
            }
        }
    }
}
