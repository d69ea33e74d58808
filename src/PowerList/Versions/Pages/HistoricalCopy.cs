using System.Net;
using System.Text;
using PowerList.Output;
using PowerList.Building;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Pages;

/// <summary>
/// A release's copy of the site under <c>v/&lt;version&gt;/</c>: the page renderer's files for that release's lists,
/// moved under the prefix (all their links are relative, so they stay inside the copy), without sitemap.xml and
/// robots.txt and 404.html (served from the root only), each HTML page with a banner saying which version this is and linking to the same page in the
/// current site when it still exists (else the home page) and to the versions page.
/// </summary>
public static class HistoricalCopy
{
    private const string Marker = "<header class=\"site-header\"";
    private const string Fallback = "<main id=\"main\"";

    /// <summary>
    /// The copy's files: each reads the release (its snapshot: the page renderer's own reads of the release's lists are
    /// not recorded, the snapshot names them all) and, for a page, which page of the current site its banner links to.
    /// </summary>
    public static IEnumerable<PlannedOutput> Move(IEnumerable<PlannedOutput> files, VersionSide release, VersionsData data, Site.Pages.PageFrames frames)
    {
        var prefix = SiteUrls.Release(release.Version);
        foreach (var file in files)
        {
            if (file.Path is SiteUrls.Sitemap or SiteUrls.Robots or SiteUrls.NotFound)
            {
                continue;
            }

            var path = prefix + file.Path;
            if (!file.Path.EndsWith(".html", StringComparison.Ordinal))
            {
                yield return PlannedOutput.Recorded(path, read =>
                {
                    new VersionsView(data, frames, read).Side(release);
                    return file.Render();
                });
                continue;
            }

            var pageUrl = file.Path.EndsWith("index.html", StringComparison.Ordinal) ? file.Path[..^"index.html".Length] : file.Path;
            yield return PlannedOutput.Recorded(path, read =>
            {
                var view = new VersionsView(data, frames, read);
                view.Side(release);
                return WithBanner(file.Render(), release, prefix + pageUrl, view.CurrentPage(pageUrl));
            });
        }
    }

    public static byte[] WithBanner(byte[] html, VersionSide release, string pageUrl, string currentUrl)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(Fallback, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return html;
        }

        string Link(string to) => SiteUrls.Relative(pageUrl, to);
        var e = (string s) => WebUtility.HtmlEncode(s);
        var banner =
            $"<link rel=\"stylesheet\" href=\"{e(Link(SiteUrls.AssetsFolder + "versions.css"))}\">\n" +
            "<aside class=\"version-banner\" aria-label=\"历史版本提示\"><div class=\"wrap\"><p>" +
            $"这是<strong>{e(release.Title)}（版本 {e(release.Version)}，{e(release.Date)} 公布{(release.Document.Length > 0 ? "，" + e(release.Document) : "")}）</strong>的历史页面，不是现行清单，内容可能已经调整。" +
            $" <a href=\"{e(Link(currentUrl))}\">查看现行版本</a> · <a href=\"{e(Link(SiteUrls.Versions))}\">全部版本和变化</a></p></div></aside>\n";
        return Encoding.UTF8.GetBytes(text.Insert(at, banner));
    }
}
