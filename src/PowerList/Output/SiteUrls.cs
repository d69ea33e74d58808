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

    /// <summary>The Atom feed of the changes between releases; each department has one at <c>department/&lt;id&gt;/feed.xml</c>.</summary>
    public const string Feed = "feed.xml";
    public const string NotFound = "404.html";

    /// <summary>Folder of the search index files.</summary>
    public const string SearchIndexFolder = "search-index/";

    /// <summary>Folder of static assets (CSS, JS, fonts are system fonts only).</summary>
    public const string AssetsFolder = "assets/";

    /// <summary>Folder of open-data downloads.</summary>
    public const string DataFolder = "data/";

    /// <summary>Index of every law cited.</summary>
    public const string Laws = "law/";

    /// <summary>Folder of the law index's filtered and sorted variants (docs/site.md "The law index").</summary>
    public const string LawIndexFolder = "laws/";

    /// <summary>
    /// The law index filtered by <paramref name="facet"/> = <paramref name="slug"/> (both empty: not filtered) and
    /// sorted by <paramref name="sort"/> (empty: the default order, by the number of citing entries).
    /// </summary>
    public static string LawIndex(string facet, string slug, string sort) =>
        facet.Length == 0 && sort.Length == 0 ? Laws
        : LawIndexFolder + (facet.Length > 0 ? $"{facet}/{slug}/" : "") + (sort.Length > 0 ? sort + "/" : "");

    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    /// <summary>The list against its standard catalogue (only when the lists have a catalogue.yaml).</summary>
    public const string Conformity = "conformity/";

    /// <summary>The same report as <c>powerlist conform --format json</c>.</summary>
    public const string ConformityJson = "conformity/conformity.json";

    /// <summary>The same report as <c>powerlist conform --format csv</c>.</summary>
    public const string ConformityCsv = "conformity/conformity.csv";

    public static string Entry(string code) => $"entry/{code}/";

    /// <summary>A portal's page of all its catalogue items side by side.</summary>
    public const string CatalogueItems = "catalogue/";

    /// <summary>A portal's side-by-side page of catalogue item <paramref name="code"/> across its jurisdictions (a portal-relative URL).</summary>
    public static string CatalogueItem(string code) => $"catalogue/{code}/";

    public static string Category(string code) => $"category/{code}/";

    public static string Department(string id) => $"department/{id}/";

    public static string Law(string id) => $"law/{id}/";

    /// <summary>A department's 已调整事项: its powers that ended (docs/format.md "The life of a power").</summary>
    public static string DepartmentEnded(string id) => $"department/{id}/ended/";

    /// <summary>Every power that ended, in the versions section.</summary>
    public const string Ended = "versions/ended/";

    /// <summary>未发布的变化: the latest release against the current lists, written only by <c>serve</c> (a preview for staff).</summary>
    public const string Unreleased = "versions/unreleased/";

    /// <summary>Page <paramref name="page"/> (1-based) of a category's entries; page 1 is the category page itself.</summary>
    public static string CategoryPage(string code, int page) => page <= 1 ? Category(code) : $"category/{code}/page/{page}/";

    /// <summary>Page <paramref name="page"/> (1-based) of a department's entries; page 1 is the department page itself.</summary>
    public static string DepartmentPage(string id, int page) => page <= 1 ? Department(id) : $"department/{id}/page/{page}/";

    /// <summary>
    /// The relative prefix that leads from the page at <paramref name="pageUrl"/> back to the site root
    /// (<c>""</c> → <c>./</c>, <c>entry/X/</c> → <c>../../</c>). Relative links keep working under a sub-path,
    /// from <c>powerlist serve</c> and inside historical copies under <c>v/&lt;version&gt;/</c>.
    /// </summary>
    public static string RootFrom(string pageUrl)
    {
        var depth = pageUrl.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A relative link from the page at <paramref name="fromUrl"/> to <paramref name="toUrl"/> (both site-relative).</summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        var root = RootFrom(fromUrl);
        return toUrl.Length == 0 ? root : (root == "./" ? toUrl : root + toUrl);
    }

    /// <summary>A historical release's copy of the site lives under <c>v/&lt;version&gt;/</c>.</summary>
    public static string Release(string version) => $"v/{version}/";

    public static string Compare(string from, string to) => $"compare/{from}...{to}/";

    /// <summary>The file that holds the page at <paramref name="url"/>.</summary>
    public static string FileOf(string url) => url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;
}
