using System.Globalization;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>
/// Models of the category and department pages (one model per page of a paginated list), each read through the
/// site's view: the owner, the list's members (which place every row and make the table of contents), and the
/// entries on the page.
/// </summary>
public static class ListPageModels
{
    /// <summary>How many pages a category's list has (at least one).</summary>
    public static int CategoryPages(SiteIndex index, Category category, int perPage) =>
        GroupedListPages.PageCount(index.InCategory(category.Code).Count, perPage);

    /// <summary>How many pages a department's list has (at least one).</summary>
    public static int DepartmentPages(SiteIndex index, Department department, int perPage) =>
        GroupedListPages.PageCount(index.InDepartment(department.Id).Count, perPage);

    public static object CategoryPage(SiteView view, string code, int perPage, int n)
    {
        var frames = view.Frames;
        var category = view.Category(code) ?? throw new ArgumentException($"no category {code}", nameof(code));
        var all = view.InCategory(code);
        var pages = GroupedListPages.PageCount(all.Count, perPage);
        var starts = view.Memo(("category-starts", code, perPage), () => GroupedListPages.GroupStarts(all, perPage, e => e.Department));
        var url = SiteUrls.CategoryPage(category.Code, n);
        var title = n == 1 ? category.Name : $"{category.Name}（第{n}页）";
        var frame = n == 1
            ? frames.For("category", url, title, category.Description)
            : frames.For("category", url, title, category.Description, (category.Name, SiteUrls.Category(category.Code)));
        var rows = GroupedListPages.Page(all, perPage, n);
        var groups = GroupedListPages.Group(rows, e => e.Department)
            .Select(g => new
            {
                Anchor = "g-" + g.Key,
                Heading = new LinkView(view.DepartmentName(g.Key), SiteUrls.Relative(url, SiteUrls.Department(g.Key))),
                Count = g.Entries.Count,
                Entries = Rows(view, url, g.Entries),
            }).ToList();
        return new
        {
            frame,
            category = new { category.Code, category.Name, category.Description, Count = all.Count },
            groups,
            range = Range(n, perPage, rows.Count, all.Count),
            jump = GroupedListPages.Jump(starts, view.DepartmentName, p => SiteUrls.Relative(url, SiteUrls.CategoryPage(category.Code, p)), n),
            pager = GroupedListPages.Pager(pages, n, p => SiteUrls.Relative(url, SiteUrls.CategoryPage(category.Code, p))),
        };
    }

    public static object DepartmentPage(SiteView view, string id, int perPage, int n)
    {
        var frames = view.Frames;
        var department = view.Department(id) ?? throw new ArgumentException($"no department {id}", nameof(id));
        var all = view.InDepartment(id);
        var pages = GroupedListPages.PageCount(all.Count, perPage);
        var starts = view.Memo(("department-starts", id, perPage), () => GroupedListPages.GroupStarts(all, perPage, e => e.Category));
        var url = SiteUrls.DepartmentPage(department.Id, n);
        var title = n == 1 ? department.Name : $"{department.Name}（第{n}页）";
        var frame = n == 1
            ? frames.For("department", url, title, $"{department.Name}的权责事项")
            : frames.For("department", url, title, $"{department.Name}的权责事项", (department.Name, SiteUrls.Department(department.Id)));
        var rows = GroupedListPages.Page(all, perPage, n);
        var groups = GroupedListPages.Group(rows, e => e.Category)
            .Select(g => new
            {
                Anchor = "g-" + g.Key,
                Heading = new LinkView(view.CategoryName(g.Key), SiteUrls.Relative(url, SiteUrls.Category(g.Key))),
                Count = g.Entries.Count,
                Entries = Rows(view, url, g.Entries),
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
            contact = ContactView.For(view.Site, department, ""),
            groups,
            range = Range(n, perPage, rows.Count, all.Count),
            jump = GroupedListPages.Jump(starts, view.CategoryName, p => SiteUrls.Relative(url, SiteUrls.DepartmentPage(department.Id, p)), n),
            pager = GroupedListPages.Pager(pages, n, p => SiteUrls.Relative(url, SiteUrls.DepartmentPage(department.Id, p))),
        };
    }

    internal static IReadOnlyList<object> Rows(SiteView view, string fromUrl, IEnumerable<Member> members) =>
        members.Select(m => view.Entry(m)).Select(e => (object)new { e.Code, e.Name, Href = SiteUrls.Relative(fromUrl, SiteUrls.Entry(e.Code)) }).ToList();

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
