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
public static partial class SitemapXml
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
    public static string Index(PageFrames frames, int parts) =>
        IndexOf(Enumerable.Range(1, parts).Select(i => frames.Absolute(PartPath(i))));

    /// <summary>A sitemap index of the sitemaps at the absolute URLs <paramref name="sitemaps"/>, as given (a portal's: its own and its jurisdictions').</summary>
    public static string IndexOf(IEnumerable<string> sitemaps)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<sitemapindex xmlns=\"").Append(Namespace).Append("\">\n");
        foreach (var sitemap in sitemaps)
        {
            xml.Append("  <sitemap><loc>").Append(SecurityElement.Escape(sitemap)).Append("</loc></sitemap>\n");
        }

        xml.Append("</sitemapindex>\n");
        return xml.ToString();
    }

    /// <summary>The absolute URLs a sitemap or sitemap index names (its <c>&lt;loc&gt;</c>s, unescaped), in order.</summary>
    public static IEnumerable<string> Locations(string xml) =>
        LocPattern().Matches(xml).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>True when <paramref name="xml"/> is a sitemap index rather than a sitemap of pages.</summary>
    public static bool IsIndex(string xml) => xml.Contains("<sitemapindex", StringComparison.Ordinal);

    /// <summary>One sitemap of site-relative <paramref name="urls"/> (as given) made absolute by <paramref name="absolute"/>.</summary>
    public static string Part(Func<string, string> absolute, IEnumerable<string> urls)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"").Append(Namespace).Append("\">\n");
        foreach (var url in urls)
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(absolute(url))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("<loc>([^<]*)</loc>")]
    private static partial System.Text.RegularExpressions.Regex LocPattern();

    private static string UrlSet(PageFrames frames, IEnumerable<string> urls) => Part(frames.Absolute, urls);
}
