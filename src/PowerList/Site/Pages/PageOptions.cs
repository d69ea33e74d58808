namespace PowerList.Site.Pages;

/// <summary>Settings of the page renderer.</summary>
public sealed record PageOptions
{
    /// <summary>Entries per page on category and department pages; longer lists get page links.</summary>
    public int EntriesPerPage { get; init; } = 100;

    /// <summary>How many entries the home page's 最近调整 shows.</summary>
    public int LatestChanges { get; init; } = 10;

    /// <summary>Entries rendered in parallel per batch (bounded memory, ordered output).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Most URLs in one sitemap file (<see cref="SitemapXml.MaxUrls"/>; tests lower it to split a small site).</summary>
    internal int SitemapUrls { get; init; } = SitemapXml.MaxUrls;
}
