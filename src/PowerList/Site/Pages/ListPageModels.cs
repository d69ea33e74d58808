using System.Globalization;
using PowerList.Model;
using PowerList.Output;
using PowerList.Building;

namespace PowerList.Site.Pages;

/// <summary>
/// Models of the category and department pages (one model per page of a paginated list), each built only when
/// asked for, with the page's key inputs (<see cref="PageKeys.ListPage"/>) told without building it.
/// </summary>
public static class ListPageModels
{
    /// <param name="context">In a warm process, gives each page a token (<see cref="EntryContext.ListPage"/>); else null.</param>
    public static IEnumerable<(string Url, Func<object> Model, Func<byte[]> Inputs, Func<UInt128>? Token)> Category(
        SiteIndex index, PageFrames frames, ModelHashes hashes, Category category, int perPage, Lazy<EntryContext>? context = null)
    {
        var all = index.InCategory(category.Code);
        var pages = GroupedListPages.Split(all, perPage);
        var starts = GroupedListPages.GroupStarts(all, perPage, e => e.Department);
        var contents = new Lazy<UInt128>(() => PageKeys.ListContents(all.Count, pages.Count, starts, index.DepartmentName), LazyThreadSafetyMode.ExecutionAndPublication);
        for (var n = 1; n <= pages.Count; n++)
        {
            var page = n;
            yield return (
                SiteUrls.CategoryPage(category.Code, page),
                () => CategoryPage(index, frames, category, perPage, all, pages, starts, page),
                () => PageKeys.ListPage("category", hashes.Site, hashes.Category(category.Code), contents.Value, page, pages[page - 1], e => e.Department, index.DepartmentName),
                context is null ? null : () => context.Value.ListPage(hashes.Category(category.Code), contents.Value, page, pages[page - 1]));
        }
    }

    /// <param name="context">In a warm process, gives each page a token (<see cref="EntryContext.ListPage"/>); else null.</param>
    public static IEnumerable<(string Url, Func<object> Model, Func<byte[]> Inputs, Func<UInt128>? Token)> Department(
        SiteIndex index, PageFrames frames, ModelHashes hashes, Department department, int perPage, Lazy<EntryContext>? context = null)
    {
        var all = index.InDepartment(department.Id);
        var pages = GroupedListPages.Split(all, perPage);
        var starts = GroupedListPages.GroupStarts(all, perPage, e => e.Category);
        var contents = new Lazy<UInt128>(() => PageKeys.ListContents(all.Count, pages.Count, starts, index.CategoryName), LazyThreadSafetyMode.ExecutionAndPublication);
        for (var n = 1; n <= pages.Count; n++)
        {
            var page = n;
            yield return (
                SiteUrls.DepartmentPage(department.Id, page),
                () => DepartmentPage(index, frames, department, perPage, all, pages, starts, page),
                () => PageKeys.ListPage("department", hashes.Site, hashes.Department(department.Id), contents.Value, page, pages[page - 1], e => e.Category, index.CategoryName),
                context is null ? null : () => context.Value.ListPage(hashes.Department(department.Id), contents.Value, page, pages[page - 1]));
        }
    }

    private static object CategoryPage(
        SiteIndex index, PageFrames frames, Category category, int perPage, IReadOnlyList<Entry> all, IReadOnlyList<IReadOnlyList<Entry>> pages, IReadOnlyList<(string Key, int Page, int Count)> starts, int n)
    {
        var url = SiteUrls.CategoryPage(category.Code, n);
        var title = n == 1 ? category.Name : $"{category.Name}（第{n}页）";
        var frame = n == 1
            ? frames.For("category", url, title, category.Description)
            : frames.For("category", url, title, category.Description, (category.Name, SiteUrls.Category(category.Code)));
        var groups = GroupedListPages.Group(pages[n - 1], e => e.Department)
            .Select(g => new
            {
                Anchor = "g-" + g.Key,
                Heading = new LinkView(index.DepartmentName(g.Key), SiteUrls.Relative(url, SiteUrls.Department(g.Key))),
                Count = g.Entries.Count,
                Entries = Rows(url, g.Entries),
            }).ToList();
        return new
        {
            frame,
            category = new { category.Code, category.Name, category.Description, Count = all.Count },
            groups,
            range = Range(n, perPage, pages[n - 1].Count, all.Count),
            jump = GroupedListPages.Jump(starts, index.DepartmentName, p => SiteUrls.Relative(url, SiteUrls.CategoryPage(category.Code, p)), n),
            pager = GroupedListPages.Pager(pages.Count, n, p => SiteUrls.Relative(url, SiteUrls.CategoryPage(category.Code, p))),
        };
    }

    private static object DepartmentPage(
        SiteIndex index, PageFrames frames, Department department, int perPage, IReadOnlyList<Entry> all, IReadOnlyList<IReadOnlyList<Entry>> pages, IReadOnlyList<(string Key, int Page, int Count)> starts, int n)
    {
        var url = SiteUrls.DepartmentPage(department.Id, n);
        var title = n == 1 ? department.Name : $"{department.Name}（第{n}页）";
        var frame = n == 1
            ? frames.For("department", url, title, $"{department.Name}的权责事项")
            : frames.For("department", url, title, $"{department.Name}的权责事项", (department.Name, SiteUrls.Department(department.Id)));
        var groups = GroupedListPages.Group(pages[n - 1], e => e.Category)
            .Select(g => new
            {
                Anchor = "g-" + g.Key,
                Heading = new LinkView(index.CategoryName(g.Key), SiteUrls.Relative(url, SiteUrls.Category(g.Key))),
                Count = g.Entries.Count,
                Entries = Rows(url, g.Entries),
            }).ToList();
        return new
        {
            frame,
            department = new
            {
                department.Id,
                department.Name,
                department.ShortName,
                department.Kind,
                Count = all.Count,
                EndedHref = frames.Versions ? SiteUrls.Relative(url, SiteUrls.DepartmentEnded(department.Id)) : "",
            },
            // The department's contact channels, the site's where it names none (as on its entries' pages).
            contact = ContactView.For(index.Site, department, ""),
            groups,
            range = Range(n, perPage, pages[n - 1].Count, all.Count),
            jump = GroupedListPages.Jump(starts, index.CategoryName, p => SiteUrls.Relative(url, SiteUrls.DepartmentPage(department.Id, p)), n),
            pager = GroupedListPages.Pager(pages.Count, n, p => SiteUrls.Relative(url, SiteUrls.DepartmentPage(department.Id, p))),
        };
    }

    internal static IReadOnlyList<object> Rows(string fromUrl, IEnumerable<Entry> entries) =>
        entries.Select(e => (object)new { e.Code, e.Name, Href = SiteUrls.Relative(fromUrl, SiteUrls.Entry(e.Code)) }).ToList();

    private static object? Range(int page, int perPage, int onPage, int total) =>
        total <= perPage
            ? null
            : new
            {
                From = ((page - 1) * perPage + 1).ToString(CultureInfo.InvariantCulture),
                To = ((page - 1) * perPage + onPage).ToString(CultureInfo.InvariantCulture),
                Total = total.ToString(CultureInfo.InvariantCulture),
            };
}
