using System.Text;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Portal;

/// <summary>
/// The portal's own files around the jurisdictions' sites: the home page (the jurisdiction picker, grouped by level),
/// one page per level (<c>level/&lt;slug&gt;/</c>: the level switch, plain links, no script), the conformity summary
/// (<c>conformity/</c>, when a jurisdiction follows a catalogue), <c>404.html</c> and <c>assets/site.css</c>.
/// Rendered with <c>pages/portal.hbs</c> and <c>pages/portal-conformity.hbs</c>; templates without them (a theme made
/// before portals) take the embedded defaults for these pages.
/// </summary>
public static class PortalPages
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <param name="parts">In portal order (<see cref="PortalMerge.Order"/>).</param>
    public static IEnumerable<OutputFile> Render(IReadOnlyList<PortalPart> parts, PortalInfo portal, TemplateSet templates)
    {
        var own = templates.Has("portal") && templates.Has("portal-conformity") ? templates : TemplateSet.Load(TemplateSource.Embedded);
        var names = parts.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var levels = parts.Select(p => PortalLevels.Of(p.Level)).Distinct().ToList();
        var conformity = parts.Any(p => p.Conformity is not null);

        byte[] Home(string url, string? slug, bool notFound)
        {
            var frame = Frame(portal, notFound ? "404" : "portal", url, notFound ? "页面不存在" : slug is null ? portal.Title : PortalLevelsLabel(slug, levels), notFound, conformity);
            string Link(string to) => notFound ? frame.Root + to : SiteUrls.Relative(url, to);
            var switcher = new List<LinkView> { new("全部", Link(SiteUrls.Home), slug is null && !notFound) };
            switcher.AddRange(levels.Select(l => new LinkView(l.Label, Link(PortalLevels.Url(l.Slug)), l.Slug == slug)));
            var groups = levels
                .Where(l => slug is null || l.Slug == slug)
                .Select(l => new PortalGroupView(l.Slug, l.Label, [.. parts.Where(p => PortalLevels.Of(p.Level).Slug == l.Slug).Select(p => View(p, names, Link))]))
                .ToList();
            var model = new PortalHomeModel(frame, portal.Description, switcher, notFound ? [] : groups, notFound, conformity ? Link(SiteUrls.Conformity) : "");
            return Utf8.GetBytes(own.Render("portal", model));
        }

        yield return new OutputFile(SiteUrls.FileOf(SiteUrls.Home), Home(SiteUrls.Home, null, false));
        foreach (var (_, slug) in levels)
        {
            yield return new OutputFile(SiteUrls.FileOf(PortalLevels.Url(slug)), Home(PortalLevels.Url(slug), slug, false));
        }

        if (conformity)
        {
            var url = SiteUrls.Conformity;
            string Link(string to) => SiteUrls.Relative(url, to);
            var frame = Frame(portal, "conformity", url, "各辖区对照通用目录", false, true);
            var rows = parts.Where(p => p.Conformity is not null).Select(p => View(p, names, Link)).ToList();
            var catalogues = rows.Select(r => r.Conformity!.Catalogue).Distinct().Order(StringComparer.Ordinal).ToList();
            yield return new OutputFile(SiteUrls.FileOf(url), Utf8.GetBytes(own.Render("portal-conformity", new PortalConformityModel(frame, rows, catalogues))));
        }

        yield return new OutputFile(SiteUrls.NotFound, Home(SiteUrls.NotFound, null, true));
        yield return new OutputFile(SiteUrls.AssetsFolder + "site.css", templates.ReadAsset("site.css"));
    }

    private static string PortalLevelsLabel(string slug, List<(string Label, string Slug)> levels) =>
        levels.First(l => l.Slug == slug).Label + "清单";

    private static PortalJurisdictionView View(PortalPart p, IReadOnlyDictionary<string, string> names, Func<string, string> link)
    {
        var home = PortalLayout.SiteFolder(p.Id);
        return new PortalJurisdictionView(
            p.Id, p.Name, link(home), p.Level, names.GetValueOrDefault(p.Parent, ""), p.Entries, p.Departments,
            p.Conformity, p.Conformity is null ? "" : link(home + SiteUrls.Conformity));
    }

    private static PageFrame Frame(PortalInfo portal, string kind, string url, string title, bool notFound, bool conformity)
    {
        var root = notFound ? BasePath(portal) : SiteUrls.RootFrom(url);
        string Link(string to) => notFound ? root + to : SiteUrls.Relative(url, to);
        return new PageFrame
        {
            SiteTitle = portal.Title,
            Jurisdiction = "各辖区",
            Title = title,
            DocumentTitle = url.Length == 0 ? portal.Title : $"{title} - {portal.Title}",
            Description = portal.Description,
            Kind = kind,
            Url = url,
            Root = root,
            Canonical = notFound || portal.BaseUrl.Length == 0 ? "" : portal.BaseUrl + url,
            Css = Link(SiteUrls.AssetsFolder + "site.css"),
            NoIndex = notFound,
            Nav =
            [
                new LinkView("各辖区清单", Link(SiteUrls.Home), kind == "portal"),
                .. (conformity ? [new LinkView("目录对照", Link(SiteUrls.Conformity), kind == "conformity")] : Array.Empty<LinkView>()),
            ],
            Breadcrumbs = url.Length == 0 || notFound ? [] : [new LinkView("首页", Link(SiteUrls.Home)), new LinkView(title, "", Current: true)],
        };
    }

    /// <summary>The path of the portal's root on its server (404.html is served at any depth): from base_url, else <c>/</c>.</summary>
    private static string BasePath(PortalInfo portal) =>
        Uri.TryCreate(portal.BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
}
