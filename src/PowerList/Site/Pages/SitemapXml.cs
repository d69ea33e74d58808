using System.Globalization;
using System.Security;
using System.Text;

namespace PowerList.Site.Pages;

/// <summary>
/// <c>sitemap.xml</c>: the canonical absolute URL of every indexable page, sorted ordinally. The protocol allows at most
/// <see cref="MaxUrls"/> URLs in one file (sitemaps.org); a bigger site gets <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c> …
/// (<see cref="Parts"/>) and <c>sitemap.xml</c> becomes their sitemap index (<see cref="Index"/>), so robots.txt keeps
/// pointing at one file.
/// </summary>
public static class SitemapXml
{
    /// <summary>Most URLs in one sitemap file (the protocol's limit).</summary>
    public const int MaxUrls = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>One sitemap of <paramref name="urls"/> (site-relative), made distinct and sorted.</summary>
    public static string Write(PageFrames frames, IEnumerable<string> urls) =>
        UrlSet(frames, urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The site-relative path of the <paramref name="number"/>-th part (1-based): <c>sitemap-1.xml</c>.</summary>
    public static string PartPath(int number) => string.Create(CultureInfo.InvariantCulture, $"sitemap-{number}.xml");

    /// <summary>
    /// <paramref name="urls"/> made distinct and sorted, cut into parts of at most <paramref name="maxUrls"/>
    /// (the sitemaps of <see cref="PartPath"/> 1, 2 …).
    /// </summary>
    public static IReadOnlyList<string[]> Parts(IEnumerable<string> urls, int maxUrls = MaxUrls)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxUrls);
        return urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(maxUrls).ToList();
    }

    /// <summary>One part: a sitemap of the urls as given (already distinct and sorted).</summary>
    public static string Part(PageFrames frames, IEnumerable<string> urls) => UrlSet(frames, urls);

    /// <summary>The sitemap index listing the parts 1 … <paramref name="parts"/>.</summary>
    public static string Index(PageFrames frames, int parts)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<sitemapindex xmlns=\"").Append(Namespace).Append("\">\n");
        for (var i = 1; i <= parts; i++)
        {
            xml.Append("  <sitemap><loc>").Append(SecurityElement.Escape(frames.Absolute(PartPath(i)))).Append("</loc></sitemap>\n");
        }

        xml.Append("</sitemapindex>\n");
        return xml.ToString();
    }

    private static string UrlSet(PageFrames frames, IEnumerable<string> urls)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"").Append(Namespace).Append("\">\n");
        foreach (var url in urls)
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(frames.Absolute(url))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }
}
