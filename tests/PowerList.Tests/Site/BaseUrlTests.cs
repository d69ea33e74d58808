using System.Text;
using AngleSharp.Html.Parser;

namespace PowerList.Tests.Site;

/// <summary>
/// With <c>base_url</c>, the 引用本条 citation and canonical links are absolute and sitemap.xml and robots.txt point at
/// the published site; without it, links stay relative and no sitemap is written (validate warns: PL0521).
/// </summary>
public sealed class BaseUrlTests : IDisposable
{
    private const string Base = "https://qzqd.example.gov.cn/klmy/";
    private readonly string _dir = SiteTestSupport.NewTempFolder("base-url");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void With_base_url_the_citation_canonical_link_and_sitemap_are_absolute()
    {
        var site = Path.Combine(_dir, "with");
        SiteTestSupport.Build(SampleLists.Create(), site);
        var entryUrl = $"{Base}entry/{SampleLists.FullEntryCode}/";

        var page = Page(site, $"entry/{SampleLists.FullEntryCode}/index.html");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe(entryUrl);
        page.QuerySelector("#cite .cite-text")!.TextContent.ShouldEndWith("。" + entryUrl);

        var sitemap = File.ReadAllText(Path.Combine(site, "sitemap.xml"));
        sitemap.ShouldContain($"<loc>{entryUrl}</loc>");
        sitemap.ShouldContain($"<loc>{Base}</loc>");
        sitemap.ShouldNotContain(SampleLists.SecretCode);
        sitemap.ShouldNotContain("<loc>" + Base + "search/</loc>");
        File.ReadAllText(Path.Combine(site, "robots.txt")).ShouldContain($"Sitemap: {Base}sitemap.xml");
    }

    [Fact]
    public void Without_base_url_links_stay_relative_and_there_is_no_sitemap()
    {
        var lists = SampleLists.Create();
        lists = lists with { Site = lists.Site with { BaseUrl = "" } };
        var site = Path.Combine(_dir, "without");
        SiteTestSupport.Build(lists, site);

        var page = Page(site, $"entry/{SampleLists.FullEntryCode}/index.html");
        page.QuerySelector("link[rel=canonical]").ShouldBeNull();
        page.QuerySelector("#cite .cite-text")!.TextContent.ShouldEndWith($"。entry/{SampleLists.FullEntryCode}/");
        File.Exists(Path.Combine(site, "sitemap.xml")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(site, "robots.txt")).ShouldNotContain("Sitemap:");
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, path), Encoding.UTF8));
}
