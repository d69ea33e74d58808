using System.Text;
using PowerList.Conformity;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Portal;

/// <summary>
/// The portal's own files around the jurisdictions' sites: the home page (the jurisdiction picker, grouped by level),
/// one page per level (<c>level/&lt;slug&gt;/</c>: the level switch, plain links, no script), the conformity summary
/// (<c>conformity/</c>, when a jurisdiction follows a catalogue) with every jurisdiction's conformity in one JSON and one
/// CSV, the side-by-side pages of the catalogue's items (<see cref="PortalItemPages"/>), the search across
/// jurisdictions (<c>search/</c>, its index <see cref="PortalSearchIndex"/>, <c>assets/search.js</c>), <c>404.html</c>,
/// <c>assets/site.css</c>, and the sitemap over the portal's and every jurisdiction's pages (<see cref="PortalSitemap"/>).
/// Rendered with <c>pages/portal*.hbs</c>; templates without them (a theme made before portals) take the embedded
/// defaults for these pages.
/// </summary>
public static class PortalPages
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <param name="parts">In portal order (<see cref="PortalMerge.Order"/>).</param>
    /// <param name="files">The parts' files (conformity downloads, catalogue uses, sitemaps); without them only the pages made of the records.</param>
    /// <param name="previous">The files of the site being updated (<see cref="PortalSiteUpdate"/>), so that unchanged search index files are not compressed again; null: none.</param>
    /// <param name="warm">serve's memory (<see cref="PortalWarm"/>): unchanged side-by-side pages and search index files are listed in its <see cref="PortalWarm.Kept"/> instead of made; null: every file is made.</param>
    /// <param name="timings">Where the search index's steps are timed, if anywhere.</param>
    public static IEnumerable<OutputFile> Render(IReadOnlyList<PortalPart> parts, PortalInfo portal, TemplateSet templates, PortalPartFiles? files = null, int sitemapUrls = SitemapXml.MaxUrls, Func<string, byte[]?>? previous = null, PortalWarm? warm = null, Diagnostics.TimingLog? timings = null)
    {
        var own = OwnTemplates.All(templates.Has) ? templates : TemplateSet.Load(TemplateSource.Embedded);
        var names = parts.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var levels = parts.Select(p => PortalLevels.Of(p.Level)).Distinct().ToList();
        var conformity = parts.Any(p => p.Conformity is not null);
        var followers = parts.Where(p => p.Conformity is not null).ToList();
        List<CatalogueUse> uses = files is null ? [] : [.. followers.Select(p => files.Use(p.Id)).Where(u => u.Items.Length > 0)];
        var sideBySide = uses.Count > 0;
        var search = files is not null; // the index is made of the parts' search documents
        var sitemap = new List<string>();

        PageFrame PageFrame(string kind, string url, string title) => Frame(portal, kind, url, title, false, conformity, sideBySide, search);

        byte[] Home(string url, string? slug, bool notFound)
        {
            var frame = Frame(portal, notFound ? "404" : "portal", url, notFound ? "页面不存在" : slug is null ? portal.Title : PortalLevelsLabel(slug, levels), notFound, conformity, sideBySide, search);
            string Link(string to) => notFound ? frame.Root + to : SiteUrls.Relative(url, to);
            var switcher = new List<LinkView> { new("全部", Link(SiteUrls.Home), slug is null && !notFound) };
            switcher.AddRange(levels.Select(l => new LinkView(l.Label, Link(PortalLevels.Url(l.Slug)), l.Slug == slug)));
            var groups = levels
                .Where(l => slug is null || l.Slug == slug)
                .Select(l => new PortalGroupView(l.Slug, l.Label, [.. parts.Where(p => PortalLevels.Of(p.Level).Slug == l.Slug).Select(p => View(p, names, Link))]))
                .ToList();
            var model = new PortalHomeModel(frame, portal.Description, switcher, notFound ? [] : groups, notFound, conformity ? Link(SiteUrls.Conformity) : "")
            {
                SearchAction = search && !notFound ? Link(SiteUrls.Search) : "",
            };
            if (!notFound)
            {
                sitemap.Add(url);
            }

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
            var frame = PageFrame("conformity", url, "各辖区对照通用目录");
            var rows = followers.Select(p => View(p, names, Link)).ToList();
            var catalogues = rows.Select(r => r.Conformity!.Catalogue).Distinct().Order(StringComparer.Ordinal).ToList();
            var downloads = files is not null;
            var model = new PortalConformityModel(frame, rows, catalogues)
            {
                JsonHref = downloads ? Link(SiteUrls.ConformityJson) : "",
                CsvHref = downloads ? Link(SiteUrls.ConformityCsv) : "",
                CatalogueHref = sideBySide ? Link(PortalItemPages.Index) : "",
            };
            sitemap.Add(url);
            yield return new OutputFile(SiteUrls.FileOf(url), Utf8.GetBytes(own.Render("portal-conformity", model)));
            // Every jurisdiction's downloads in one file each, in portal order (its own site has the same bytes for it
            // alone). serve: a bundle whose parts' files all kept their stamps is on disk as last made (a province's are
            // tens of megabytes: not read, joined nor compared again).
            foreach (var (path, join) in Bundles)
            {
                if (files is not null && (warm is null || !warm.Keeps(path, files.StampsKey(followers.Select(p => p.Id), path))))
                {
                    yield return new OutputFile(path, join(followers.Select(p => files.SiteFile(p.Id, path)).OfType<byte[]>()));
                }
            }
        }

        var frameKey = string.Join("\u0001", portal.Title, portal.Description, portal.BaseUrl, conformity, sideBySide, search);
        foreach (var (url, kind, model) in PortalItemPages.Models(uses, PageFrame, warm, frameKey))
        {
            sitemap.Add(url);
            if (model is null)
            {
                continue; // unchanged since the last run (warm): kept on disk
            }

            yield return new OutputFile(SiteUrls.FileOf(url), Utf8.GetBytes(own.Render(kind, model)));
        }

        if (search)
        {
            // Search across every jurisdiction, with a jurisdiction facet (PortalSearchIndex); not in the sitemap (noindex, as a jurisdiction's).
            var url = SiteUrls.Search;
            var frame = PageFrame("search", url, "检索") with { NoIndex = true, SearchScript = true, SearchScriptHref = SiteUrls.Relative(url, SiteUrls.AssetsFolder + "search.js") };
            var within = parts.Select(p => new LinkView(p.Name, SiteUrls.Relative(url, PortalLayout.SiteFolder(p.Id) + SiteUrls.Search))).ToList();
            yield return new OutputFile(SiteUrls.FileOf(url), Utf8.GetBytes(own.Render("portal-search", new PortalSearchModel(frame, within))));
            foreach (var file in PortalSearchIndex.Files(parts, files!.SearchDocuments, previous, warm, timings))
            {
                yield return file;
            }

            yield return new OutputFile(SiteUrls.AssetsFolder + "search.js", templates.ReadAsset("search.js"));
        }

        yield return new OutputFile(SiteUrls.NotFound, Home(SiteUrls.NotFound, null, true));
        yield return new OutputFile(SiteUrls.AssetsFolder + "site.css", templates.ReadAsset("site.css"));
        if (files is not null)
        {
            var sitemaps = parts.Select(p => (p.Id, files.SiteFile(p.Id, SiteUrls.Sitemap) is { } xml ? Utf8.GetString(xml) : null));
            foreach (var (path, text) in PortalSitemap.Files(portal, sitemap, sitemaps, sitemapUrls))
            {
                yield return new OutputFile(path, Utf8.GetBytes(text));
            }
        }
    }

    /// <summary>The conformity bundles: path, and how the jurisdictions' files at that path are joined.</summary>
    private static readonly (string Path, Func<IEnumerable<byte[]>, byte[]> Join)[] Bundles =
        [(SiteUrls.ConformityJson, ConformityBundle.Json), (SiteUrls.ConformityCsv, ConformityBundle.Csv)];

    /// <summary>The portal's own page templates; a template set without all of them takes the embedded defaults for these pages.</summary>
    private static readonly string[] OwnTemplates = ["portal", "portal-conformity", "portal-item", "portal-catalogue", "portal-catalogue-category", "portal-search"];

    private static string PortalLevelsLabel(string slug, List<(string Label, string Slug)> levels) =>
        levels.First(l => l.Slug == slug).Label + "清单";

    private static PortalJurisdictionView View(PortalPart p, IReadOnlyDictionary<string, string> names, Func<string, string> link)
    {
        var home = PortalLayout.SiteFolder(p.Id);
        return new PortalJurisdictionView(
            p.Id, p.Name, link(home), p.Level, names.GetValueOrDefault(p.Parent, ""), p.Entries, p.Departments,
            p.Conformity, p.Conformity is null ? "" : link(home + SiteUrls.Conformity));
    }

    private static PageFrame Frame(PortalInfo portal, string kind, string url, string title, bool notFound, bool conformity, bool sideBySide, bool search)
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
                .. (sideBySide ? [new LinkView("事项并排对照", Link(PortalItemPages.Index), kind is "catalogue" or "catalogue-category" or "catalogue-item")] : Array.Empty<LinkView>()),
                .. (search ? [new LinkView("检索", Link(SiteUrls.Search), kind == "search")] : Array.Empty<LinkView>()),
            ],
            Breadcrumbs = url.Length == 0 || notFound ? [] :
            [
                new LinkView("首页", Link(SiteUrls.Home)),
                .. (kind is "catalogue-item" or "catalogue-category" ? [new LinkView("事项并排对照", Link(PortalItemPages.Index))] : Array.Empty<LinkView>()),
                new LinkView(title, "", Current: true),
            ],
        };
    }

    /// <summary>The path of the portal's root on its server (404.html is served at any depth): from base_url, else <c>/</c>.</summary>
    private static string BasePath(PortalInfo portal) =>
        Uri.TryCreate(portal.BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
}
