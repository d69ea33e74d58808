using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>Makes the <see cref="PageFrame"/> of each page; every link is relative to the page it is on.</summary>
public sealed class PageFrames
{
    private readonly SiteInfo _site;
    private readonly SiteFeatures _features;

    public PageFrames(SiteInfo site, SiteFeatures features)
    {
        _site = site;
        _features = features;
    }

    /// <summary>True when the versions pages (history, 已调整事项) are part of the site.</summary>
    public bool Versions => _features.Versions;

    public string SiteTitle => _site.Title.Length > 0 ? _site.Title : $"{_site.Jurisdiction}权责清单";

    /// <summary>The frame of the page at <paramref name="url"/>; <paramref name="trail"/> are (label, url) breadcrumbs above it.</summary>
    public PageFrame For(string kind, string url, string title, string description, params (string Label, string Url)[] trail)
    {
        var root = kind == "404" ? BasePath() : SiteUrls.RootFrom(url);
        string Link(string to) => kind == "404" ? root + to : SiteUrls.Relative(url, to);
        var crumbs = new List<LinkView>();
        if (url.Length > 0)
        {
            crumbs.Add(new LinkView("首页", Link(SiteUrls.Home)));
            crumbs.AddRange(trail.Select(t => new LinkView(t.Label, Link(t.Url))));
            crumbs.Add(new LinkView(title, "", Current: true));
        }

        return new PageFrame
        {
            SiteTitle = SiteTitle,
            Jurisdiction = _site.Jurisdiction,
            PortalTitle = _site.PortalTitle,
            PortalHref = _site.PortalTitle.Length == 0 ? "" : PortalHome(root),
            Title = title,
            DocumentTitle = url.Length == 0 ? SiteTitle : $"{title} - {SiteTitle}",
            Description = description,
            Kind = kind,
            Url = url,
            Root = root,
            Canonical = kind == "404" ? "" : Absolute(url),
            Css = Link(SiteUrls.AssetsFolder + "site.css"),
            SupervisionPhone = _site.SupervisionPhone,
            NoIndex = kind is "404" or "search",
            Nav =
            [
                new LinkView("首页", Link(SiteUrls.Home), kind == "home"),
                new LinkView("职权类别", Link(SiteUrls.Home) + "#categories"),
                new LinkView("实施部门", Link(SiteUrls.Home) + "#departments"),
                new LinkView("法律依据", Link(SiteUrls.Laws), kind == "laws"),
                new LinkView("检索", Link(SiteUrls.Search), kind == "search"),
                .. (_features.Versions ? [new LinkView("历史版本", Link(SiteUrls.Versions), kind is "versions" or "compare" or "history")] : Array.Empty<LinkView>()),
                new LinkView("关于", Link(SiteUrls.About), kind == "about"),
            ],
            Breadcrumbs = crumbs,
            SearchScript = kind == "search" && _features.Search,
            SearchScriptHref = Link(SiteUrls.AssetsFolder + "search.js"),
            HistoryHref = kind == "entry" && _features.Versions ? Link(url + "history/") : "",
            Feeds = _features.Versions ? Feeds(url, Link) : [],
        };
    }

    /// <summary>The site's feed; on a department's pages (department/&lt;id&gt;/…) also the department's.</summary>
    private IReadOnlyList<LinkView> Feeds(string url, Func<string, string> link)
    {
        var feeds = new List<LinkView> { new($"{SiteTitle}：版本变化", link(SiteUrls.Feed)) };
        var parts = url.Split('/');
        if (parts.Length > 2 && parts[0] == "department" && parts[1].Length > 0)
        {
            feeds.Add(new LinkView("本部门权责事项的变化", link(SiteUrls.Department(parts[1]) + SiteUrls.Feed)));
        }

        return feeds;
    }

    /// <summary>The portal's home from a page whose way to the site root is <paramref name="root"/>: two folders up (<c>j/&lt;id&gt;/</c>).</summary>
    public static string PortalHome(string root) => root.StartsWith('/')
        ? string.Concat(root.TrimEnd('/').Split('/').SkipLast(2).Select(s => s + "/")) is { Length: > 0 } up ? up : "/"
        : (root == "./" ? "" : root) + "../../";

    /// <summary>The absolute URL of a site-relative URL, from base_url; empty when there is no base_url.</summary>
    public string Absolute(string url) => _site.BaseUrl.Length == 0 ? "" : EnsureSlash(_site.BaseUrl) + url;

    /// <summary>The path part of base_url (<c>/</c> or <c>/sub/</c>): 404.html is served at any depth, so it links from the root.</summary>
    public string BasePath()
    {
        if (Uri.TryCreate(_site.BaseUrl, UriKind.Absolute, out var uri))
        {
            return EnsureSlash(uri.AbsolutePath);
        }

        return "/";
    }

    private static string EnsureSlash(string s) => s.EndsWith('/') ? s : s + "/";
}
