namespace PowerList.Site.Pages;

/// <summary>
/// What the layout needs on every page: titles, the relative way back to the site root (<see cref="Root"/>, e.g.
/// <c>../../</c>), the canonical URL, navigation and breadcrumbs. Templates reach it as <c>frame</c>.
/// </summary>
public sealed record PageFrame
{
    public string SiteTitle { get; init; } = "";

    public string Jurisdiction { get; init; } = "";

    /// <summary>A jurisdiction's site inside a portal: the portal's title, shown in the header as a link back (<see cref="PortalHref"/>); empty otherwise.</summary>
    public string PortalTitle { get; init; } = "";

    /// <summary>The portal's home from this page (the site sits at <c>j/&lt;id&gt;/</c> of the portal); empty outside a portal.</summary>
    public string PortalHref { get; init; } = "";

    /// <summary>The page's own title (the &lt;h1&gt;).</summary>
    public string Title { get; init; } = "";

    /// <summary>&lt;title&gt;: page title and site title.</summary>
    public string DocumentTitle { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>Page kind: home, category, department, entry, law, laws, about, search, 404.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Site-relative URL of the page.</summary>
    public string Url { get; init; } = "";

    /// <summary>Prefix that leads to the site root from this page (<c>./</c>, <c>../../</c>), or an absolute path on 404.</summary>
    public string Root { get; init; } = "";

    /// <summary>Absolute canonical URL; empty when the site has no base_url.</summary>
    public string Canonical { get; init; } = "";

    public string Css { get; init; } = "";

    public string SupervisionPhone { get; init; } = "";

    public bool NoIndex { get; init; }

    public IReadOnlyList<LinkView> Nav { get; init; } = [];

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>True on the search page when the search contributor runs (its script exists).</summary>
    public bool SearchScript { get; init; }

    public string SearchScriptHref { get; init; } = "";

    /// <summary>On entry pages when the versions pages are built: the entry's history page (<c>entry/&lt;code&gt;/history/</c>).</summary>
    public string HistoryHref { get; init; } = "";

    /// <summary>Atom feeds announced with <c>&lt;link rel="alternate" type="application/atom+xml"&gt;</c>: the site's, and a department's on its pages.</summary>
    public IReadOnlyList<LinkView> Feeds { get; init; } = [];
}
