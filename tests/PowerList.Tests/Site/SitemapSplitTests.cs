using System.Xml.Linq;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site;

/// <summary>
/// Above the protocol's 50,000 URLs per file the sitemap is split: <c>sitemap-1.xml</c> … hold the URLs in order and
/// <c>sitemap.xml</c> is their index (robots.txt points at it). Tested with the limit lowered so the sample splits.
/// </summary>
public sealed class SitemapSplitTests : IDisposable
{
    private const string Base = "https://qzqd.example.gov.cn/klmy/";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly string _dir = SiteTestSupport.NewTempFolder("sitemap-split");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_sitemap_over_the_limit_becomes_an_index_of_parts_holding_the_same_urls_in_order()
    {
        var whole = Path.Combine(_dir, "whole");
        SiteTestSupport.Build(SampleLists.Create(), whole);
        var all = Locs(XDocument.Load(Path.Combine(whole, "sitemap.xml")), "url");
        all.Count.ShouldBeGreaterThan(7, "the sample has enough pages to split in three");
        File.Exists(Path.Combine(whole, SitemapXml.PartPath(1))).ShouldBeFalse();

        var split = Path.Combine(_dir, "split");
        SiteTestSupport.Build(SampleLists.Create(), split, new PageOptions { SitemapUrls = 3 });
        var index = XDocument.Load(Path.Combine(split, "sitemap.xml"));
        index.Root!.Name.ShouldBe(Ns + "sitemapindex");
        var parts = Locs(index, "sitemap");
        parts.Count.ShouldBe((all.Count + 2) / 3);
        parts.ShouldBe(Enumerable.Range(1, parts.Count).Select(i => $"{Base}sitemap-{i}.xml").ToList());
        var urls = new List<string>();
        for (var i = 1; i <= parts.Count; i++)
        {
            var part = XDocument.Load(Path.Combine(split, $"sitemap-{i}.xml"));
            part.Root!.Name.ShouldBe(Ns + "urlset");
            var locs = Locs(part, "url");
            locs.Count.ShouldBeInRange(1, 3);
            urls.AddRange(locs);
        }

        urls.ShouldBe(all, "the parts hold every URL once, in the one file's order");
        File.Exists(Path.Combine(split, SitemapXml.PartPath(parts.Count + 1))).ShouldBeFalse();
        File.ReadAllText(Path.Combine(split, "robots.txt")).ShouldContain($"Sitemap: {Base}sitemap.xml");
    }

    [Fact]
    public void At_the_limit_exactly_the_sitemap_is_one_file_as_before()
    {
        var whole = Path.Combine(_dir, "whole");
        SiteTestSupport.Build(SampleLists.Create(), whole);
        var bytes = File.ReadAllBytes(Path.Combine(whole, "sitemap.xml"));
        var count = Locs(XDocument.Load(Path.Combine(whole, "sitemap.xml")), "url").Count;

        var atLimit = Path.Combine(_dir, "at-limit");
        SiteTestSupport.Build(SampleLists.Create(), atLimit, new PageOptions { SitemapUrls = count });
        File.ReadAllBytes(Path.Combine(atLimit, "sitemap.xml")).ShouldBe(bytes);
        File.Exists(Path.Combine(atLimit, SitemapXml.PartPath(1))).ShouldBeFalse();
    }

    private static List<string> Locs(XDocument doc, string element) =>
        [.. doc.Root!.Elements(Ns + element).Select(e => e.Element(Ns + "loc")!.Value)];
}
