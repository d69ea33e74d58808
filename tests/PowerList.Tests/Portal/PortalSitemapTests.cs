using PowerList.Portal;
using PowerList.Site.Pages;

namespace PowerList.Tests.Portal;

/// <summary>
/// The portal's sitemap (<see cref="PortalSitemap"/>): its own pages split into parts above the limit as a site's
/// sitemap is, each jurisdiction's sitemap named, and a jurisdiction's sitemap index replaced by the sitemaps it lists
/// (an index may not name an index). No base_url, no sitemap.
/// </summary>
public sealed class PortalSitemapTests
{
    private static readonly PortalInfo Portal = new() { Title = "省", BaseUrl = "https://p.example/" };

    [Fact]
    public void Own_pages_are_split_and_each_jurisdictions_sitemaps_are_named()
    {
        const string bigIndex = "<?xml version=\"1.0\"?>\n<sitemapindex><sitemap><loc>https://p.example/j/b/sitemap-1.xml</loc></sitemap><sitemap><loc>https://p.example/j/b/sitemap-2.xml</loc></sitemap></sitemapindex>";
        var files = PortalSitemap.Files(Portal, ["catalogue/B/", "", "catalogue/A/", "conformity/", "level/county/"], [("a", "<urlset></urlset>"), ("b", bigIndex), ("c", null)], maxUrls: 2)
            .ToDictionary(f => f.Path, f => f.Text);
        files.Keys.Order(StringComparer.Ordinal).ShouldBe(["robots.txt", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]);
        SitemapXml.Locations(files["sitemap-1.xml"]).ShouldBe(["https://p.example/", "https://p.example/catalogue/A/"]);
        SitemapXml.Locations(files["sitemap-3.xml"]).ShouldBe(["https://p.example/level/county/"]);
        SitemapXml.Locations(files["sitemap.xml"]).ShouldBe(
        [
            "https://p.example/sitemap-1.xml", "https://p.example/sitemap-2.xml", "https://p.example/sitemap-3.xml",
            "https://p.example/j/a/sitemap.xml", "https://p.example/j/b/sitemap-1.xml", "https://p.example/j/b/sitemap-2.xml",
        ]);
        SitemapXml.IsIndex(files["sitemap.xml"]).ShouldBeTrue();
        files["robots.txt"].ShouldBe("User-agent: *\nAllow: /\nSitemap: https://p.example/sitemap.xml\n");
    }

    [Fact]
    public void Without_a_base_url_there_is_no_sitemap()
    {
        PortalSitemap.Files(Portal with { BaseUrl = "" }, [""], [("a", "<urlset></urlset>")]).ShouldBeEmpty();
    }

    [Fact]
    public void Locations_are_unescaped()
    {
        SitemapXml.Locations(SitemapXml.IndexOf(["https://p.example/?a=1&b=2"])).ShouldBe(["https://p.example/?a=1&b=2"]);
    }
}
