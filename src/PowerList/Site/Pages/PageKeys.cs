using PowerList.Model;
using PowerList.Building;

namespace PowerList.Site.Pages;

/// <summary>
/// The inputs of each kind of page, told without building its model: the hashes of the records it shows
/// (<see cref="ModelHashes"/>, computed once per build) and the few derived values its model reads (names of
/// linked categories and departments, counts, which codes are published). Each must change whenever the page's
/// model would; <c>IncrementalBuildTests</c> compare incremental builds with clean ones after every kind of change.
/// The page's path and the templates are part of every key (see <see cref="IncrementalSession"/>).
/// </summary>
public static class PageKeys
{
    /// <summary>An entry page (<see cref="EntryPageModel.Create"/>).</summary>
    public static byte[] Entry(SiteIndex index, ModelHashes hashes, Entry entry)
    {
        var key = new KeyWriter("entry/3")
            .Add(hashes.Site)
            .Add(hashes.Department(entry.Department))
            .Add(hashes.Entry(entry))
            .Add(index.CategoryName(entry.Category))
            .Add(index.DepartmentName(entry.Department));
        foreach (var citation in entry.Basis)
        {
            key.Add(hashes.Law(citation.Law));
        }

        foreach (var item in entry.SubItems)
        {
            foreach (var citation in item.Basis)
            {
                key.Add(hashes.Law(citation.Law));
            }
        }

        foreach (var adjustment in entry.Adjustments)
        {
            foreach (var code in adjustment.Replaces)
            {
                key.Add(index.IsPublished(code));
            }
        }

        foreach (var code in entry.Ended?.Successors ?? [])
        {
            key.Add(index.IsPublished(code));
        }

        return key.ToArray();
    }

    /// <summary>
    /// What every page of a category's or department's list shows of the whole list: the total and the table of
    /// contents (each group's key, name, first page and size). Computed once per list.
    /// </summary>
    public static UInt128 ListContents(int total, int pages, IReadOnlyList<(string Key, int Page, int Count)> starts, Func<string, string> name)
    {
        var key = new KeyWriter("list-contents/1", 64 + (starts.Count * 48)).Add(total).Add(pages).Add(starts.Count);
        foreach (var (group, page, count) in starts)
        {
            key.Add(group).Add(name(group)).Add(page).Add(count);
        }

        return key.Hash();
    }

    /// <summary>One page of a category's or department's list: the owner's record, the whole list's contents, and the page's rows with their group names.</summary>
    public static byte[] ListPage(string kind, UInt128 site, UInt128 owner, UInt128 contents, int page, IReadOnlyList<Entry> rows, Func<Entry, string> group, Func<string, string> name)
    {
        var key = new KeyWriter(kind + "/2", Math.Min(32 * 1024, 96 + (rows.Count * 160))).Add(site).Add(owner).Add(contents).Add(page).Add(rows.Count);
        string? last = null;
        foreach (var entry in rows)
        {
            var g = group(entry);
            key.Add(entry.Code).Add(entry.Name).Add(g);
            if (!string.Equals(g, last, StringComparison.Ordinal))
            {
                key.Add(name(g));
                last = g;
            }
        }

        return key.HashBytes();
    }

    /// <summary>A law's page: the law, the law that replaces it, and each citing entry's code, name, category and department names.</summary>
    public static byte[] Law(SiteIndex index, ModelHashes hashes, Law law)
    {
        var citing = index.Citing(law.Id);
        var key = new KeyWriter("law/2", Math.Min(32 * 1024, 96 + (citing.Count * 160)))
            .Add(hashes.Site)
            .Add(hashes.Law(law.Id))
            .Add(law.ReplacedBy.Length > 0 ? hashes.Law(law.ReplacedBy) : 0)
            .Add(citing.Count);
        string? category = null;
        foreach (var entry in citing)
        {
            key.Add(entry.Code).Add(entry.Name).Add(entry.Category).Add(index.DepartmentName(entry.Department));
            if (!string.Equals(entry.Category, category, StringComparison.Ordinal))
            {
                key.Add(index.CategoryName(entry.Category));
                category = entry.Category;
            }
        }

        return key.HashBytes();
    }

    /// <summary>The law index and each of its variants (<see cref="LawIndexModels"/>): every law and how many entries cite it.</summary>
    public static byte[] Laws(SiteIndex index, ModelHashes hashes)
    {
        var key = new KeyWriter("laws/3").Add(hashes.Site).Add(index.Lists.Laws.Length);
        foreach (var law in index.Lists.Laws)
        {
            key.Add(hashes.Law(law.Id)).Add(index.Citing(law.Id).Count);
        }

        return key.ToArray();
    }

    /// <summary>
    /// The home page and the simple pages (about, search, 404): site settings, the total, every category and
    /// department with its count, and the latest changes (code, name, department name, latest adjustment).
    /// </summary>
    public static byte[] Overview(string kind, SiteIndex index, ModelHashes hashes, int latest)
    {
        var coverage = index.Coverage;
        var key = new KeyWriter(kind + "/3").Add(hashes.Site).Add(index.Entries.Count).Add(index.Lists.Categories.Length)
            .Add(coverage.Process).Add(coverage.Fees).Add(coverage.SupervisionMethod).Add(coverage.Responsibilities).Add(coverage.Accountability).Add(coverage.Phone);
        foreach (var category in index.Lists.Categories)
        {
            key.Add(hashes.Category(category.Code)).Add(index.InCategory(category.Code).Count);
        }

        key.Add(index.Lists.Departments.Length);
        foreach (var department in index.Lists.Departments)
        {
            key.Add(hashes.Department(department.Id)).Add(index.InDepartment(department.Id).Count);
        }

        key.Add(index.Lists.Catalogue?.Title ?? "\u0000no catalogue");
        var changes = index.LatestChanges.Take(latest).ToList();
        key.Add(changes.Count);
        foreach (var (entry, adjustment) in changes)
        {
            key.Add(entry.Code).Add(entry.Name).Add(index.DepartmentName(entry.Department)).Add(adjustment.Type).Add(adjustment.Date).Add(adjustment.Document).Add(DemoData.Marks(adjustment));
        }

        return key.ToArray();
    }
}
