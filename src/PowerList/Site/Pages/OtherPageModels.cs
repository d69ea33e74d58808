using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>Models of the home, law, about, search and 404 pages.</summary>
public static class OtherPageModels
{
    public static object Home(SiteView view, int latest)
    {
        var url = SiteUrls.Home;
        string Link(string to) => SiteUrls.Relative(url, to);
        var frames = view.Frames;
        var site = view.Site;
        var changes = view.LatestChanges(latest);
        return new
        {
            frame = frames.For("home", url, frames.SiteTitle, $"{site.Jurisdiction}行政权力和责任事项清单：按类别、按部门查阅每一项权力的依据、流程、责任和监督方式。"),
            site = new { site.Jurisdiction, site.Description, site.SupervisionPhone, PhoneHref = EntryPageModel.TelHref(site.SupervisionPhone) },
            total = view.Total,
            conformity = view.CatalogueTitle is { } catalogue ? new { Title = catalogue, Href = Link(SiteUrls.Conformity) } : null,
            coverage = CoverageView(view.Coverage),
            contact = ContactView.For(site, null, ""),
            categories = view.Categories.Select(c => new
            {
                c.Code,
                c.Name,
                c.Description,
                Count = view.CountInCategory(c.Code),
                Href = Link(SiteUrls.Category(c.Code)),
            }).ToList(),
            departments = view.Departments.Select(d => new
            {
                d.Id,
                d.Name,
                d.Kind,
                Count = view.CountInDepartment(d.Id),
                Href = Link(SiteUrls.Department(d.Id)),
            }).ToList(),
            searchAction = Link(SiteUrls.Search),
            lawsHref = Link(SiteUrls.Laws),
            latest = changes.Select(x => new
            {
                x.Entry.Code,
                x.Entry.Name,
                Href = Link(SiteUrls.Entry(x.Entry.Code)),
                Department = view.DepartmentName(x.Entry.Department),
                x.Latest.Type,
                x.Latest.Date,
                x.Latest.Document,
                Demo = DemoData.Marks(x.Latest),
            }).ToList(),
            latestDemo = changes.Any(x => DemoData.Marks(x.Latest)),
        };
    }

    public static object Law(SiteView view, string id)
    {
        var frames = view.Frames;
        var law = view.Law(id) ?? throw new ArgumentException($"no law {id}", nameof(id));
        var url = SiteUrls.Law(law.Id);
        var citing = view.Citing(law.Id);
        var replacement = law.ReplacedBy.Length > 0 ? view.Law(law.ReplacedBy) : null;
        // Citing entries are already in reading order (category, department, code).
        var groups = GroupedListPages.Group(citing, e => e.Category)
            .Select(g => new
            {
                Heading = view.CategoryName(g.Key),
                Count = g.Entries.Count,
                Entries = g.Entries.Select(m => view.Entry(m)).Select(e => new
                {
                    e.Code,
                    e.Name,
                    Href = SiteUrls.Relative(url, SiteUrls.Entry(e.Code)),
                    Department = view.DepartmentName(e.Department),
                }).ToList(),
            }).ToList();
        return new
        {
            frame = frames.For("law", url, law.Title, $"《{law.Title}》及引用它的权责事项", ("法律依据", SiteUrls.Laws)),
            law = new
            {
                law.Id,
                law.Title,
                Aliases = law.Aliases.ToList(),
                law.Level,
                law.Issuer,
                law.Promulgated,
                law.Effective,
                law.Revision,
                law.Status,
                Repealed = law.Status == "已废止",
                ReplacedBy = replacement is null ? null : new LinkView(replacement.Title, SiteUrls.Relative(url, SiteUrls.Law(replacement.Id))),
            },
            count = citing.Count,
            groups,
        };
    }

    public static object Simple(SiteView view, string kind, string url, string title, string description)
    {
        var frames = view.Frames;
        var site = view.Site;
        var frame = frames.For(kind, url, title, description);
        string Link(string to) => kind == "404" ? frame.Root + to : SiteUrls.Relative(url, to);
        return new
        {
            frame,
            site = new { site.Jurisdiction, site.SupervisionPhone, PhoneHref = EntryPageModel.TelHref(site.SupervisionPhone), BaseUrl = site.BaseUrl },
            total = view.Total,
            coverage = CoverageView(view.Coverage),
            contact = ContactView.For(site, null, ""),
            homeHref = Link(SiteUrls.Home),
            lawsHref = Link(SiteUrls.Laws),
            searchAction = Link(SiteUrls.Search),
            openDataHref = frames.Versions ? Link(SiteUrls.Versions) + "#open-data" : "",
            categories = view.Categories.Select(c => new LinkView(c.Name, Link(SiteUrls.Category(c.Code)))).ToList(),
            departments = view.Departments.Select(d => new LinkView(d.Name, Link(SiteUrls.Department(d.Id)))).ToList(),
        };
    }

    private static object CoverageView(FieldCoverage coverage) => new
    {
        Published = string.Join("、", coverage.Published),
        Unpublished = string.Join("、", coverage.Unpublished),
        coverage.Phone,
    };
}
