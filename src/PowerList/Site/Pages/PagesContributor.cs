using System.Text;
using PowerList.Model;
using PowerList.Output;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Site.Pipeline;

namespace PowerList.Site.Pages;

/// <summary>
/// The HTML pages of the site from the Handlebars templates: home, category and department pages (paginated),
/// one page per entry and per law, the law index (with its filtered and sorted variants), about, search shell, 404, plus the template assets,
/// <c>sitemap.xml</c> and <c>robots.txt</c>. Entries are rendered in parallel in small batches and handed out in
/// order, so the output is deterministic and only one batch of HTML is alive at a time.
/// </summary>
public sealed class PagesContributor : IPlannedContributor, IWarmContributor, ITimedContributor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TemplateSet _templates;
    private readonly PageOptions _options;
    private readonly SiteFeatures _features;
    private string? _fingerprint;
    private WarmBuild? _warm;
    private Diagnostics.TimingLog? _timings;

    public PagesContributor(TemplateSet templates, PageOptions options, SiteFeatures features)
    {
        _templates = templates;
        _options = options;
        _features = features;
    }

    public string Name => "pages";

    /// <summary>In a warm process, the entries' hashes are kept between builds (<see cref="WarmBuild"/>).</summary>
    public void UseWarm(WarmBuild warm) => _warm = warm;

    /// <summary>Times the site's index and hashes (<see cref="SiteData"/>).</summary>
    public void UseTimings(Diagnostics.TimingLog? timings) => _timings = timings;

    /// <summary>Templates' bytes, options and features: every page depends on them besides its model.</summary>
    public string Fingerprint => _fingerprint ??= string.Join(
        '\n',
        _templates.Key,
        _options.EntriesPerPage.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _options.LatestChanges.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _features.ToString());

    /// <summary>The pages rendered in order, entries in parallel batches (see <see cref="Plan"/>).</summary>
    public IEnumerable<OutputFile> Contribute(ListSet lists)
    {
        foreach (var batch in Plan(lists).Chunk(Math.Max(1, _options.BatchSize)))
        {
            var rendered = batch.AsParallel().AsOrdered().Select(p => new OutputFile(p.Path, p.Render())).ToArray();
            foreach (var file in rendered)
            {
                yield return file;
            }
        }
    }

    /// <summary>The hashes of what the pages read (<see cref="SiteData"/>), shared with every contributor of the build.</summary>
    public IIdentityHashes Dependencies(ListSet lists) => SiteData.Of(lists, _warm, _timings);

    /// <summary>
    /// Every file of the pages, unrendered. Each page is one line: its path, its template and its model, built from a
    /// <see cref="SiteView"/> that records what the model reads; the build renders a page again exactly when something
    /// it read changed (<see cref="IncrementalSession"/>). Models are built lazily, on the worker that renders the page.
    /// </summary>
    public IEnumerable<PlannedOutput> Plan(ListSet lists)
    {
        var data = SiteData.Of(lists, _warm, _timings);
        var index = data.Index;
        var frames = new PageFrames(lists.Site, _features);
        var sitemap = new List<string>();
        var perPage = _options.EntriesPerPage;
        var latest = _options.LatestChanges;

        foreach (var asset in _templates.Assets)
        {
            var name = asset;
            yield return new PlannedOutput(SiteUrls.AssetsFolder + name, () => _templates.ReadAsset(name));
        }

        yield return Page(data, frames, "home", SiteUrls.Home, v => OtherPageModels.Home(v, latest), sitemap);
        yield return Page(data, frames, "about", SiteUrls.About, v => OtherPageModels.Simple(v, "about", SiteUrls.About, "关于本清单", "权责清单是什么、怎样阅读、从哪里来。"), sitemap);
        yield return Page(data, frames, "search", SiteUrls.Search, v => OtherPageModels.Simple(v, "search", SiteUrls.Search, "检索", "检索权责事项。"), null);
        yield return Page(data, frames, "404", SiteUrls.NotFound, v => OtherPageModels.Simple(v, "404", SiteUrls.NotFound, "找不到这个页面", "找不到这个页面。"), null);
        foreach (var lawIndex in LawIndexModels.Pages(lists.Laws))
        {
            yield return Page(data, frames, "laws", lawIndex.Url, lawIndex.Model, lawIndex.InSitemap ? sitemap : null);
        }

        foreach (var category in lists.Categories)
        {
            var code = category.Code;
            for (var n = 1; n <= ListPageModels.CategoryPages(index, category, perPage); n++)
            {
                var page = n;
                yield return Page(data, frames, "category", SiteUrls.CategoryPage(code, page), v => ListPageModels.CategoryPage(v, code, perPage, page), sitemap);
            }
        }

        foreach (var department in lists.Departments)
        {
            var id = department.Id;
            for (var n = 1; n <= ListPageModels.DepartmentPages(index, department, perPage); n++)
            {
                var page = n;
                yield return Page(data, frames, "department", SiteUrls.DepartmentPage(id, page), v => ListPageModels.DepartmentPage(v, id, perPage, page), sitemap);
            }
        }

        foreach (var law in lists.Laws)
        {
            var id = law.Id;
            yield return Page(data, frames, "law", SiteUrls.Law(id), v => OtherPageModels.Law(v, id), sitemap);
        }

        foreach (var entry in index.Entries)
        {
            var code = entry.Code;
            yield return Page(data, frames, "entry", SiteUrls.Entry(code), v => EntryPageModel.Create(v, code), sitemap);
        }

        // Ended entries keep their permanent URL: the entry page with its status on top (docs/format.md).
        foreach (var e in index.Ended)
        {
            var code = e.Code;
            yield return Page(data, frames, "entry", SiteUrls.Entry(code), v => EntryPageModel.Create(v, code), sitemap);
        }

        // The list against its standard catalogue: a page and its JSON (docs/site.md).
        if (data.Conformity is ({ } conformity, { } json))
        {
            yield return Page(data, frames, "conformity", SiteUrls.Conformity, v => Conformity.ConformityPageModel.Create(v.Frames, v.Conformity!), sitemap);
            yield return new PlannedOutput(SiteUrls.ConformityJson, () => json);
            yield return new PlannedOutput(SiteUrls.ConformityCsv, () => Conformity.ConformityCsv.Write(conformity));
        }

        if (lists.Site.BaseUrl.Length > 0)
        {
            foreach (var output in Sitemaps(frames, sitemap))
            {
                yield return output;
            }
        }

        yield return new PlannedOutput(SiteUrls.Robots, () => Utf8.GetBytes(RobotsTxt(frames)));
    }

    /// <summary>A page: its template <paramref name="kind"/> and its model, built from the recording view.</summary>
    private PlannedOutput Page(SiteData data, PageFrames frames, string kind, string url, Func<SiteView, object> model, List<string>? sitemap)
    {
        sitemap?.Add(url);
        return PlannedOutput.Recorded(SiteUrls.FileOf(url), read => _templates.RenderUtf8(kind, model(new SiteView(data, frames, read))));
    }

    /// <summary>
    /// <c>sitemap.xml</c>; above <see cref="PageOptions.SitemapUrls"/> URLs, the parts <c>sitemap-N.xml</c> and
    /// <c>sitemap.xml</c> as their index (<see cref="SitemapXml"/>). Plain files: the list of every page's URL is made
    /// with the plan anyway, and writing it out costs about what comparing it would.
    /// </summary>
    private IEnumerable<PlannedOutput> Sitemaps(PageFrames frames, List<string> urls)
    {
        var limit = _options.SitemapUrls;
        if (urls.Count <= limit)
        {
            yield return new PlannedOutput(SiteUrls.Sitemap, () => Utf8.GetBytes(SitemapXml.Write(frames, urls)));
            yield break;
        }

        var parts = SitemapXml.Parts(urls, limit);
        yield return new PlannedOutput(SiteUrls.Sitemap, () => Utf8.GetBytes(SitemapXml.Index(frames, parts.Count)));
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            yield return new PlannedOutput(SitemapXml.PartPath(i + 1), () => Utf8.GetBytes(SitemapXml.Part(frames, part)));
        }
    }

    private static string RobotsTxt(PageFrames frames)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        var sitemap = frames.Absolute(SiteUrls.Sitemap);
        if (sitemap.Length > 0)
        {
            text.Append("Sitemap: ").Append(sitemap).Append('\n');
        }

        return text.ToString();
    }
}
