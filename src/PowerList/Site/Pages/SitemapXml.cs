using System.Security;
using System.Text;

namespace PowerList.Site.Pages;

/// <summary><c>sitemap.xml</c>: the canonical absolute URL of every indexable page, sorted ordinally.</summary>
public static class SitemapXml
{
    public static string Write(PageFrames frames, IEnumerable<string> urls)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(frames.Absolute(url))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }
}
