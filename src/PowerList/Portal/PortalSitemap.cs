using System.Text;
using PowerList.Output;
using PowerList.Site.Pages;

namespace PowerList.Portal;

/// <summary>
/// The portal's <c>sitemap.xml</c> and <c>robots.txt</c>, when portal.yaml gives a base_url (a sitemap needs absolute
/// URLs). <c>sitemap.xml</c> is a sitemap index: the portal's own pages in <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c> …
/// (at most <see cref="SitemapXml.MaxUrls"/> URLs each, as a site's sitemap is split), then each jurisdiction's sitemap as
/// its part wrote it, or, when that is itself an index (a site above the limit), the sitemaps it lists (an index may
/// not name another index). Every page of every jurisdiction is thus reachable from the one file robots.txt names.
/// </summary>
public static class PortalSitemap
{
    public static IEnumerable<(string Path, string Text)> Files(
        PortalInfo portal, IEnumerable<string> ownUrls, IEnumerable<(string Id, string? Sitemap)> jurisdictions, int maxUrls = SitemapXml.MaxUrls)
    {
        if (portal.BaseUrl.Length == 0)
        {
            yield break;
        }

        string Absolute(string url) => portal.BaseUrl + url;
        var parts = SitemapXml.Parts(ownUrls, maxUrls);
        var sitemaps = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var path = SitemapXml.PartPath(i + 1);
            sitemaps.Add(Absolute(path));
            yield return (path, SitemapXml.Part(Absolute, parts[i]));
        }

        foreach (var (id, sitemap) in jurisdictions)
        {
            if (sitemap is null)
            {
                continue;
            }

            if (SitemapXml.IsIndex(sitemap))
            {
                sitemaps.AddRange(SitemapXml.Locations(sitemap));
            }
            else
            {
                sitemaps.Add(Absolute(PortalLayout.SiteFolder(id) + SiteUrls.Sitemap));
            }
        }

        yield return (SiteUrls.Sitemap, SitemapXml.IndexOf(sitemaps));
        yield return (SiteUrls.Robots, new StringBuilder("User-agent: *\nAllow: /\nSitemap: ").Append(Absolute(SiteUrls.Sitemap)).Append('\n').ToString());
    }
}
