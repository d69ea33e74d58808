using System.Text;
using PowerList.Model;
using PowerList.Output;
using PowerList.Building;

namespace PowerList.Site.Pages;

/// <summary>
/// The HTML pages of the site from the Handlebars templates: home, category and department pages (paginated),
/// one page per entry and per law, the law index (with its filtered and sorted variants), about, search shell, 404, plus the template assets,
/// <c>sitemap.xml</c> and <c>robots.txt</c>. Entries are rendered in parallel in small batches and handed out in
/// order, so the output is deterministic and only one batch of HTML is alive at a time.
/// </summary>
public sealed class PagesContributor : IPlannedContributor, IWarmContributor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TemplateSet _templates;
    private readonly PageOptions _options;
    private readonly SiteFeatures _features;
    private string? _fingerprint;
    private WarmBuild? _warm;

    public PagesContributor(TemplateSet templates, PageOptions options, SiteFeatures features)
    {
        _templates = templates;
        _options = options;
        _features = features;
    }

    public string Name => "pages";

    /// <summary>In a warm process, entry hashes are reused across builds and entry pages carry tokens (<see cref="EntryContext.Token"/>).</summary>
    public void UseWarm(WarmBuild warm) => _warm = warm;

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

    /// <summary>
    /// Every file of the pages, unrendered. A page's inputs are told without building its model (see
    /// <see cref="PageKeys"/>): from the hashes of the records it shows, computed once per build
    /// (<see cref="ModelHashes"/>), so a page is rendered again exactly when something it shows changed. Models are
    /// built lazily, on the worker that renders the page.
    /// </summary>
    public IEnumerable<PlannedOutput> Plan(ListSet lists)
    {
        var index = new SiteIndex(lists);
        var frames = new PageFrames(lists.Site, _features);
        var hashes = ModelHashes.Of(lists, _warm);
        var context = new Lazy<EntryContext>(() => new EntryContext(index, hashes), LazyThreadSafetyMode.ExecutionAndPublication);
        var warmContext = _warm is null ? null : context;
        var sitemap = new List<string>();

        foreach (var asset in _templates.Assets)
        {
            var name = asset;
            yield return new PlannedOutput(SiteUrls.AssetsFolder + name, () => _templates.ReadAsset(name));
        }

        yield return Page("home", SiteUrls.Home, () => OtherPageModels.Home(index, frames, _options.LatestChanges), sitemap, () => PageKeys.Overview("home", index, hashes, _options.LatestChanges));
        yield return Page("about", SiteUrls.About, () => OtherPageModels.Simple(index, frames, "about", SiteUrls.About, "关于本清单", "权责清单是什么、怎样阅读、从哪里来。"), sitemap, () => PageKeys.Overview("about", index, hashes, 0));
        yield return Page("search", SiteUrls.Search, () => OtherPageModels.Simple(index, frames, "search", SiteUrls.Search, "检索", "检索权责事项。"), null, () => PageKeys.Overview("search", index, hashes, 0));
        yield return Page("404", SiteUrls.NotFound, () => OtherPageModels.Simple(index, frames, "404", SiteUrls.NotFound, "找不到这个页面", "找不到这个页面。"), null, () => PageKeys.Overview("404", index, hashes, 0));
        foreach (var lawIndex in LawIndexModels.Pages(index, frames))
        {
            yield return Page("laws", lawIndex.Url, lawIndex.Model, lawIndex.InSitemap ? sitemap : null, () => PageKeys.Laws(index, hashes));
        }

        foreach (var category in lists.Categories)
        {
            foreach (var (url, model, inputs, token) in ListPageModels.Category(index, frames, hashes, category, _options.EntriesPerPage, warmContext))
            {
                yield return Page("category", url, model, sitemap, inputs, token);
            }
        }

        foreach (var department in lists.Departments)
        {
            foreach (var (url, model, inputs, token) in ListPageModels.Department(index, frames, hashes, department, _options.EntriesPerPage, warmContext))
            {
                yield return Page("department", url, model, sitemap, inputs, token);
            }
        }

        foreach (var law in lists.Laws)
        {
            var id = law.Id;
            yield return Page("law", SiteUrls.Law(id), () => OtherPageModels.Law(index, frames, law), sitemap, () => PageKeys.Law(index, hashes, law), warmContext is null ? null : () => warmContext.Value.Law(index.Citing(id)));
        }

        // serve keeps the entries' URLs and file paths while the codes stay the same.
        var entries = index.Entries;
        var urls = _warm?.Slot<PathMemo>("entry-urls").For(entries, e => e.Code, SiteUrls.Entry);
        var files = _warm?.Slot<PathMemo>("entry-files").For(entries, e => e.Code, c => SiteUrls.FileOf(SiteUrls.Entry(c)));
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var url = urls?[i] ?? SiteUrls.Entry(e.Code);
            yield return Page("entry", url, () => EntryPageModel.Create(index, frames, e), sitemap, () => PageKeys.Entry(index, hashes, e), _warm is null ? null : () => context.Value.Token(e), files?[i]);
        }

        // Ended entries keep their permanent URL: the entry page with its status on top (docs/format.md).
        foreach (var e in index.Ended)
        {
            var ended = e;
            yield return Page("entry", SiteUrls.Entry(ended.Code), () => EntryPageModel.Create(index, frames, ended), sitemap, () => PageKeys.Entry(index, hashes, ended));
        }

        // The list against its standard catalogue: a page and its JSON, keyed by the report itself (docs/site.md).
        if (Conformity.ConformityChecker.Check(lists) is { } conformity)
        {
            var json = Conformity.ConformityJson.Write(conformity);
            yield return Page("conformity", SiteUrls.Conformity, () => Conformity.ConformityPageModel.Create(frames, conformity), sitemap,
                () => new KeyWriter("conformity/1").Add(hashes.Site).Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(json))).ToArray());
            yield return new PlannedOutput(SiteUrls.ConformityJson, () => json);
            yield return new PlannedOutput(SiteUrls.ConformityCsv, () => Conformity.ConformityCsv.Write(conformity));
        }

        if (lists.Site.BaseUrl.Length > 0)
        {
            foreach (var output in Sitemaps(frames, hashes, sitemap))
            {
                yield return output;
            }
        }

        yield return new PlannedOutput(SiteUrls.Robots, () => Utf8.GetBytes(RobotsTxt(frames)));
    }

    /// <param name="inputs">The page's inputs, told without building the model (see <see cref="PageKeys"/>).</param>
    /// <param name="token">A cheaper stand-in for the inputs within one process (<see cref="PlannedOutput.Token"/>).</param>
    /// <param name="file">The page's file (<see cref="SiteUrls.FileOf"/> of <paramref name="url"/>) when known already.</param>
    private PlannedOutput Page(string kind, string url, Func<object> createModel, List<string>? sitemap, Func<byte[]> inputs, Func<UInt128>? token = null, string? file = null)
    {
        sitemap?.Add(url);
        return new PlannedOutput(file ?? SiteUrls.FileOf(url), () => Utf8.GetBytes(_templates.Render(kind, createModel())), inputs, token);
    }

    /// <summary>sitemap.xml shows the site's base URL and every page's URL.</summary>
    /// <summary>
    /// <c>sitemap.xml</c>; above <see cref="PageOptions.SitemapUrls"/> URLs, the parts <c>sitemap-N.xml</c> and
    /// <c>sitemap.xml</c> as their index (<see cref="SitemapXml"/>).
    /// </summary>
    private IEnumerable<PlannedOutput> Sitemaps(PageFrames frames, ModelHashes hashes, List<string> urls)
    {
        var limit = _options.SitemapUrls;
        if (urls.Count <= limit)
        {
            yield return new PlannedOutput(SiteUrls.Sitemap, () => Utf8.GetBytes(SitemapXml.Write(frames, urls)), () => SitemapInputs(hashes, urls, limit));
            yield break;
        }

        var parts = SitemapXml.Parts(urls, limit);
        yield return new PlannedOutput(SiteUrls.Sitemap, () => Utf8.GetBytes(SitemapXml.Index(frames, parts.Count)), () => SitemapInputs(hashes, [], parts.Count));
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            yield return new PlannedOutput(SitemapXml.PartPath(i + 1), () => Utf8.GetBytes(SitemapXml.Part(frames, part)), () => SitemapInputs(hashes, part, limit));
        }
    }

    private static byte[] SitemapInputs(ModelHashes hashes, IReadOnlyCollection<string> urls, int limit)
    {
        var key = new KeyWriter("sitemap/1", 32 * 1024).Add(hashes.Site).Add(urls.Count).Add(limit);
        foreach (var url in urls)
        {
            key.Add(url);
        }

        return key.HashBytes();
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
