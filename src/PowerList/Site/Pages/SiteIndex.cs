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
    private readonly HashSet<string> _publicCodes;

    public SiteIndex(ListSet lists)
    {
        Lists = lists;
        Categories = lists.Categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Departments = lists.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var categoryOrder = lists.Categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var departmentOrder = lists.Departments.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        int Cat(Entry e) => categoryOrder.GetValueOrDefault(e.Category, int.MaxValue);
        int Dep(Entry e) => departmentOrder.GetValueOrDefault(e.Department, int.MaxValue);

        // One sort with precomputed orders (and the original position last, so it equals a stable sort); each
        // category's entries are then already by department order and code.
        var keyed = lists.PublicEntries.Select((e, i) => (Entry: e, Cat: Cat(e), Dep: Dep(e), At: i)).ToArray();
        Array.Sort(keyed, static (a, b) =>
        {
            var c = a.Cat.CompareTo(b.Cat);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Entry.Category, b.Entry.Category);
            }

            if (c == 0)
            {
                c = a.Dep.CompareTo(b.Dep);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Entry.Department, b.Entry.Department);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Entry.Code, b.Entry.Code);
            }

            return c != 0 ? c : a.At.CompareTo(b.At);
        });
        Entries = keyed.Select(k => k.Entry).ToList();

        _publicCodes = Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        _byCategory = Entries.GroupBy(e => e.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _byDepartment = Entries.GroupBy(e => e.Department, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _byLaw = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var laws = entry.Basis.Concat(entry.SubItems.SelectMany(s => s.Basis))
                .Where(c => c.IsStructured)
                .Select(c => c.Law)
                .Distinct(StringComparer.Ordinal);
            foreach (var law in laws)
            {
                if (!_byLaw.TryGetValue(law, out var list))
                {
                    _byLaw[law] = list = new List<Entry>();
                }

                list.Add(entry);
            }
        }

        LatestChanges = Entries
            .Where(e => e.Adjustments.Length > 0)
            .Select(e => (Entry: e, Latest: e.Adjustments.OrderByDescending(a => a.Date, StringComparer.Ordinal).First()))
            .OrderByDescending(x => x.Latest.Date, StringComparer.Ordinal)
            .ThenBy(x => x.Entry.Code, StringComparer.Ordinal)
            .ToList();
    }

    public ListSet Lists { get; }

    public SiteInfo Site => Lists.Site;

    /// <summary>Public entries by category order, department order, code.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    public IReadOnlyDictionary<string, Category> Categories { get; }

    public IReadOnlyDictionary<string, Department> Departments { get; }

    public IReadOnlyDictionary<string, Law> Laws { get; }

    /// <summary>Entries with adjustments, most recent adjustment first (then by code), with that adjustment.</summary>
    public IReadOnlyList<(Entry Entry, Adjustment Latest)> LatestChanges { get; }

    /// <summary>A category's entries, by department order then code.</summary>
    public IReadOnlyList<Entry> InCategory(string code) => _byCategory.TryGetValue(code, out var l) ? l : None;

    /// <summary>A department's entries, by category order then code.</summary>
    public IReadOnlyList<Entry> InDepartment(string id) => _byDepartment.TryGetValue(id, out var l) ? l : None;

    /// <summary>Entries whose basis (or a sub-item's) cites the law.</summary>
    public IReadOnlyList<Entry> Citing(string lawId) => _byLaw.TryGetValue(lawId, out var l) ? l : None;

    /// <summary>True when an entry with this code is published (has a page).</summary>
    public bool IsPublished(string code) => _publicCodes.Contains(code);

    public string CategoryName(string code) => Categories.TryGetValue(code, out var c) ? c.Name : code;

    public string DepartmentName(string id) => Departments.TryGetValue(id, out var d) ? d.Name : id;
}
