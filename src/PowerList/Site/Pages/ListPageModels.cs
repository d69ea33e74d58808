using System.Globalization;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>Models of the category and department pages (one model per page of a paginated list).</summary>
public static class ListPageModels
{
    public static IEnumerable<(string Url, object Model)> Category(SiteIndex index, PageFrames frames, Category category, int perPage)
    {
        var all = index.InCategory(category.Code);
        var pages = GroupedListPages.Split(all, perPage);
        var starts = GroupedListPages.GroupStarts(all, perPage, e => e.Department);
        for (var n = 1; n <= pages.Count; n++)
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
            yield return (url, new
            {
                frame,
                category = new { category.Code, category.Name, category.Description, Count = all.Count },
                groups,
                range = Range(n, perPage, pages[n - 1].Count, all.Count),
                jump = GroupedListPages.Jump(starts, index.DepartmentName, p => SiteUrls.Relative(url, SiteUrls.CategoryPage(category.Code, p)), n),
                pager = GroupedListPages.Pager(pages.Count, n, p => SiteUrls.Relative(url, SiteUrls.CategoryPage(category.Code, p))),
            });
        }
    }

    public static IEnumerable<(string Url, object Model)> Department(SiteIndex index, PageFrames frames, Department department, int perPage)
    {
        var all = index.InDepartment(department.Id);
        var pages = GroupedListPages.Split(all, perPage);
        var starts = GroupedListPages.GroupStarts(all, perPage, e => e.Category);
        for (var n = 1; n <= pages.Count; n++)
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
            var website = Markdown.SafeMarkdown.IsSafeUrl(department.Website)
                && (department.Website.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || department.Website.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                ? department.Website
                : "";
            yield return (url, new
            {
                frame,
                department = new
                {
                    department.Id,
                    department.Name,
                    department.ShortName,
                    department.Kind,
                    department.Address,
                    department.Phone,
                    PhoneHref = EntryPageModel.TelHref(department.Phone),
                    Website = website,
                    Count = all.Count,
                },
                groups,
                range = Range(n, perPage, pages[n - 1].Count, all.Count),
                jump = GroupedListPages.Jump(starts, index.CategoryName, p => SiteUrls.Relative(url, SiteUrls.DepartmentPage(department.Id, p)), n),
                pager = GroupedListPages.Pager(pages.Count, n, p => SiteUrls.Relative(url, SiteUrls.DepartmentPage(department.Id, p))),
            });
        }
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
