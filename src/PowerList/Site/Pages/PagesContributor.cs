using System.Text;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>
/// The HTML pages of the site from the Handlebars templates: home, category and department pages (paginated),
/// one page per entry and per law, the law index, about, search shell, 404, plus the template assets,
/// <c>sitemap.xml</c> and <c>robots.txt</c>. Entries are rendered in parallel in small batches and handed out in
/// order, so the output is deterministic and only one batch of HTML is alive at a time.
/// </summary>
public sealed class PagesContributor : ISiteContributor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TemplateSet _templates;
    private readonly PageOptions _options;
    private readonly SiteFeatures _features;

    public PagesContributor(TemplateSet templates, PageOptions options, SiteFeatures features)
    {
        _templates = templates;
        _options = options;
        _features = features;
    }

    public string Name => "pages";

    public IEnumerable<OutputFile> Contribute(ListSet lists)
    {
        var index = new SiteIndex(lists);
        var frames = new PageFrames(lists.Site, _features);
        var sitemap = new List<string>();

        foreach (var asset in _templates.Assets)
        {
            yield return new OutputFile(SiteUrls.AssetsFolder + asset, _templates.ReadAsset(asset));
        }

        yield return Page("home", SiteUrls.Home, OtherPageModels.Home(index, frames, _options.LatestChanges), sitemap);
        yield return Page("about", SiteUrls.About, OtherPageModels.Simple(index, frames, "about", SiteUrls.About, "关于本清单", "权责清单是什么、怎样阅读、从哪里来。"), sitemap);
        yield return Page("search", SiteUrls.Search, OtherPageModels.Simple(index, frames, "search", SiteUrls.Search, "检索", "检索权责事项。"), null);
        yield return Page("404", SiteUrls.NotFound, OtherPageModels.Simple(index, frames, "404", SiteUrls.NotFound, "找不到这个页面", "找不到这个页面。"), null);
        yield return Page("laws", SiteUrls.Laws, OtherPageModels.Laws(index, frames), sitemap);

        foreach (var category in lists.Categories)
        {
            foreach (var (url, model) in ListPageModels.Category(index, frames, category, _options.EntriesPerPage))
            {
                yield return Page("category", url, model, sitemap);
            }
        }

        foreach (var department in lists.Departments)
        {
            foreach (var (url, model) in ListPageModels.Department(index, frames, department, _options.EntriesPerPage))
            {
                yield return Page("department", url, model, sitemap);
            }
        }

        foreach (var law in lists.Laws)
        {
            yield return Page("law", SiteUrls.Law(law.Id), OtherPageModels.Law(index, frames, law), sitemap);
        }

        foreach (var batch in index.Entries.Chunk(Math.Max(1, _options.BatchSize)))
        {
            var rendered = batch
                .AsParallel()
                .AsOrdered()
                .Select(e => new OutputFile(
                    SiteUrls.FileOf(SiteUrls.Entry(e.Code)),
                    Utf8.GetBytes(_templates.Render("entry", EntryPageModel.Create(index, frames, e)))))
                .ToArray();
            foreach (var file in rendered)
            {
                yield return file;
            }

            sitemap.AddRange(batch.Select(e => SiteUrls.Entry(e.Code)));
        }

        if (lists.Site.BaseUrl.Length > 0)
        {
            yield return new OutputFile(SiteUrls.Sitemap, Utf8.GetBytes(SitemapXml.Write(frames, sitemap)));
        }

        yield return new OutputFile(SiteUrls.Robots, Utf8.GetBytes(RobotsTxt(frames)));
    }

    private OutputFile Page(string kind, string url, object model, List<string>? sitemap)
    {
        sitemap?.Add(url);
        return new OutputFile(SiteUrls.FileOf(url), Utf8.GetBytes(_templates.Render(kind, model)));
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
