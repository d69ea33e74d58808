namespace PowerList.Output;

/// <summary>
/// The site's permanent URL scheme, shared by every stage that links or writes pages. Paths are relative to the
/// site root, no leading slash; a page at <c>x/</c> is written as <c>x/index.html</c>.
/// </summary>
public static class SiteUrls
{
    public const string Home = "";
    public const string About = "about/";
    public const string Search = "search/";
    public const string Versions = "versions/";
    public const string NotFound = "404.html";

    /// <summary>Folder of the search index files.</summary>
    public const string SearchIndexFolder = "search-index/";

    /// <summary>Folder of static assets (CSS, JS, fonts are system fonts only).</summary>
    public const string AssetsFolder = "assets/";

    /// <summary>Folder of open-data downloads.</summary>
    public const string DataFolder = "data/";

    public static string Entry(string code) => $"entry/{code}/";

    public static string Category(string code) => $"category/{code}/";

    public static string Department(string id) => $"department/{id}/";

    public static string Law(string id) => $"law/{id}/";

    /// <summary>A historical release's copy of the site lives under <c>v/&lt;version&gt;/</c>.</summary>
    public static string Release(string version) => $"v/{version}/";

    public static string Compare(string from, string to) => $"compare/{from}...{to}/";

    /// <summary>The file that holds the page at <paramref name="url"/>.</summary>
    public static string FileOf(string url) => url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;
}
