using PowerList.Building;
using PowerList.Composition;
using System.Text;
using AngleSharp.Html.Parser;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Versions.Pages;

/// <summary>
/// The versions part of the site for a fixture with three releases (2023, 2024, 2025) and current lists that
/// changed since: released with <see cref="ReleaseStore"/> from ThreeReleases/*.json, rendered with the real templates.
/// </summary>
public sealed class ThreeReleasesSiteTests : IDisposable
{
    private const string Secret = "650200-FGW-CF-0099";
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-three-releases-").FullName;
    private readonly Dictionary<string, byte[]> _files;

    public ThreeReleasesSiteTests()
    {
        _files = Build(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Fixture(string name) => Path.Combine(VersionTestFiles.Folder("ThreeReleases"), name);

    /// <summary>Releases the three fixture versions into <paramref name="root"/>, then builds the whole default site of the current lists.</summary>
    private static Dictionary<string, byte[]> Build(string root, bool preview = false) =>
        BuildInto(Release(root), Path.Combine(root, "site"), preview);

    /// <summary>Releases the three fixture versions into <paramref name="root"/>; returns the current lists.</summary>
    private static ListSet Release(string root)
    {
        var lists = Path.Combine(root, "lists");
        var store = new ReleaseStore(lists);
        foreach (var version in new[] { "2023", "2024", "2025" })
        {
            var side = VersionTestFiles.Side(Fixture(version + ".json"));
            var bag = new DiagnosticBag();
            store.Create(side.Lists, new ReleaseInfo { Version = side.Version, Date = side.Date, Title = side.Title, Document = side.Document }, bag)
                .ShouldNotBeNull(string.Join("\n", bag.ToSortedList()));
        }

        return VersionTestFiles.Side(Fixture("current.json")).Lists with { Root = lists };
    }

    /// <summary>Builds the whole default site of <paramref name="current"/> into <paramref name="output"/> (in place over a previous build there); returns its files.</summary>
    private static Dictionary<string, byte[]> BuildInto(ListSet current, string output, bool preview)
    {
        var result = SiteDefaults.Create(PowerList.Site.Pages.TemplateSet.Load(Path.Combine(RepoRoot(), "site-templates")), null, null, preview).Build().Build(current, [], output);
        result.Written.ShouldBeTrue();
        return Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PowerList.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    private string Text(string path) => Encoding.UTF8.GetString(_files[path]).TrimStart('\uFEFF');

    [Theory]
    [InlineData("versions/index.html", "versions.html")]
    [InlineData("compare/2024...2025/index.html", "compare-2024-2025.html")]
    [InlineData("compare/2023...2024/index.html", "compare-2023-2024.html")]
    [InlineData("entry/650200-FGW-CF-0001/history/index.html", "history-0001.html")]
    [InlineData("entry/650200-SCJG-XK-0001/history/index.html", "history-merged.html")]
    [InlineData("v/2023/entry/650200-FGW-CF-0001/index.html", "v2023-entry.html")]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("versions/categories.svg", "categories.svg")]
    [InlineData("data/compare/2024...2025.csv", "compare-2024-2025.csv")]
    public void Page_matches_golden(string path, string golden)
    {
        _files.ShouldContainKey(path);
        VersionTestFiles.Golden(Fixture(Path.Combine("golden", golden)), Text(path));
    }

    [Fact]
    public void Every_pair_of_versions_has_a_compare_page_and_downloads()
    {
        string[] sides = ["2023", "2024", "2025", "current"];
        for (var i = 0; i < sides.Length; i++)
        {
            for (var j = i + 1; j < sides.Length; j++)
            {
                _files.ShouldContainKey(SiteUrls.FileOf(SiteUrls.Compare(sides[i], sides[j])));
                _files.ShouldContainKey($"data/compare/{sides[i]}...{sides[j]}.json");
                _files.ShouldContainKey($"data/compare/{sides[i]}...{sides[j]}.csv");
            }
        }

        _files.Keys.Count(k => k.StartsWith("compare/", StringComparison.Ordinal)).ShouldBe(6);
        _files["data/compare/2024...2025.csv"].Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "CSV for spreadsheets: UTF-8 with BOM");
        foreach (var v in sides[..3])
        {
            _files.ShouldContainKey($"data/releases/{v}/entries.json");
            _files.ShouldContainKey($"data/releases/{v}/entries.csv");
            _files.ShouldContainKey($"data/releases/{v}/entries.xlsx");
            _files.ShouldContainKey($"v/{v}/index.html");
        }
    }

    [Fact]
    public void Every_current_page_announces_the_site_feed_and_a_departments_pages_its_own_feed()
    {
        var pages = _files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && !k.StartsWith("v/", StringComparison.Ordinal) && k != "404.html").ToList();
        pages.Count.ShouldBeGreaterThan(20);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var feeds = parser.ParseDocument(Text(page)).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']")
                .Select(l => Resolve(page, l.GetAttribute("href")!)).ToList();
            feeds.ShouldContain("feed.xml", customMessage: page);
            if (page.StartsWith("department/", StringComparison.Ordinal))
            {
                feeds.ShouldContain(string.Join('/', page.Split('/').Take(2)) + "/feed.xml", customMessage: page);
            }

            feeds.ShouldAllBe(f => _files.ContainsKey(f), page);
        }

        foreach (var feed in _files.Keys.Where(k => k.EndsWith("feed.xml", StringComparison.Ordinal)))
        {
            System.Xml.Linq.XDocument.Parse(Text(feed)).Root!.Name.LocalName.ShouldBe("feed", feed);
        }
    }

    private static string Resolve(string page, string href) =>
        new Uri(new Uri("http://site/" + page), href).AbsolutePath.TrimStart('/');

    [Fact]
    public void Every_link_of_the_built_site_resolves()
    {
        PowerList.Tests.Site.LinkChecker.BrokenLinks(Path.Combine(_root, "site"), "/").ShouldBeEmpty();
    }

    [Fact]
    public void Non_public_entries_are_in_no_file()
    {
        foreach (var (path, bytes) in _files)
        {
            var text = Encoding.UTF8.GetString(bytes);
            text.ShouldNotContain(Secret, customMessage: path);
            text.ShouldNotContain("涉密价格事项", customMessage: path);
        }
    }

    [Fact]
    public void Historical_pages_carry_the_banner_linking_to_the_current_page()
    {
        var pages = _files.Keys.Where(k => k.StartsWith("v/", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal) && !k.EndsWith("404.html", StringComparison.Ordinal)).ToList();
        pages.ShouldNotBeEmpty();
        foreach (var page in pages)
        {
            Text(page).ShouldContain("class=\"version-banner\"", customMessage: page);
        }

        var doc = new HtmlParser().ParseDocument(Text("v/2023/entry/650200-FGW-CF-0001/index.html"));
        var banner = doc.QuerySelector(".version-banner")!;
        banner.TextContent.ShouldContain("2023 年版权责清单");
        banner.QuerySelectorAll("a")[0].GetAttribute("href").ShouldBe("../../../../entry/650200-FGW-CF-0001/");
        // An entry that is gone links to the current home page.
        new HtmlParser().ParseDocument(Text("v/2023/entry/650200-FGW-CF-0004/index.html"))
            .QuerySelector(".version-banner a")!.GetAttribute("href").ShouldBe("../../../../");
        _files.Keys.ShouldNotContain("v/2023/sitemap.xml");
    }

    [Fact]
    public void Compare_page_groups_changes_by_type_with_filter_data_and_both_views()
    {
        var doc = new HtmlParser().ParseDocument(Text("compare/2024...2025/index.html"));
        doc.QuerySelectorAll("section.change-section").Select(s => s.Id).ShouldBe(["added", "delegated", "adjusted"]);
        var delegated = doc.QuerySelector("#c-650200-FGW-XK-0020")!;
        delegated.GetAttribute("data-type").ShouldBe("下放");
        delegated.GetAttribute("data-department").ShouldBe("fgw");
        delegated.GetAttribute("data-category").ShouldBe("xk");
        delegated.QuerySelector("td.sbs del")!.TextContent.ShouldBe("地州市级：本级", "the redline marks whole words");
        delegated.QuerySelector("td.redline ins")!.TextContent.ShouldBe("县市区级：各区负责本辖区项目核准");
        doc.QuerySelector("form.change-filters select[name=department]")!.Children.Length.ShouldBe(3);
    }

    [Fact]
    public void Unreleased_changes_are_a_page_of_the_serve_preview_only()
    {
        _files.Keys.ShouldNotContain(k => k.StartsWith(SiteUrls.Unreleased, StringComparison.Ordinal), "build writes no 未发布的变化");
        _files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ShouldAllBe(f => !Encoding.UTF8.GetString(f.Value).Contains("未发布的变化"));

        var root = Directory.CreateTempSubdirectory("powerlist-three-releases-preview-").FullName;
        try
        {
            var preview = Build(root, preview: true);
            var page = Encoding.UTF8.GetString(preview[SiteUrls.Unreleased + "index.html"]);
            var doc = new HtmlParser().ParseDocument(page);
            doc.QuerySelector("h1")!.TextContent.ShouldBe("未发布的变化");
            doc.QuerySelector("p.preview-only")!.TextContent.ShouldContain("powerlist release");

            // The same changes as compare/<latest>...current/, with links that resolve from the page's own address.
            var compare = new HtmlParser().ParseDocument(Text("compare/2025...current/index.html"));
            var ids = doc.QuerySelectorAll("[id^=c-]").Select(e => e.Id).ToList();
            ids.ShouldNotBeEmpty();
            ids.ShouldBe(compare.QuerySelectorAll("[id^=c-]").Select(e => e.Id).ToList());
            doc.QuerySelectorAll("[id^=c-] h3 a").Select(a => a.GetAttribute("href")).ShouldBe(compare.QuerySelectorAll("[id^=c-] h3 a").Select(a => a.GetAttribute("href")));

            var versions = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(preview["versions/index.html"]));
            versions.QuerySelector("li.timeline-current p.preview-only a")!.GetAttribute("href").ShouldBe("../" + SiteUrls.Unreleased);

            // Everything else is byte for byte what build writes.
            preview.Keys.Except([SiteUrls.Unreleased + "index.html", "versions/index.html"]).Order(StringComparer.Ordinal)
                .ShouldBe(_files.Keys.Except(["versions/index.html"]).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_preview_over_a_built_site_renders_only_what_shows_the_preview_and_equals_a_clean_one()
    {
        // serve's first build over a site that build made (bench/run's procedure), and build over a site serve made.
        var root = Directory.CreateTempSubdirectory("powerlist-three-releases-over-").FullName;
        try
        {
            var current = Release(root);
            var site = Path.Combine(root, "site");
            var built = BuildInto(current, site, preview: false);

            var untouched = Age(site);
            var preview = BuildInto(current, site, preview: true);
            Same(preview, BuildInto(current, Path.Combine(root, "clean-preview"), preview: true));
            Touched(site, untouched).ShouldBe([BuildManifest.FileName, "versions/index.html", SiteUrls.Unreleased + "index.html"],
                "every other output of the versions stage (histories, comparisons, copies, feeds) is kept");

            untouched = Age(site);
            Same(BuildInto(current, site, preview: false), built);
            Touched(site, untouched).ShouldBe([BuildManifest.FileName, "versions/index.html"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Dates every file of <paramref name="site"/> back to a time no build writes; returns that time.</summary>
    private static DateTime Age(string site)
    {
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        return old;
    }

    /// <summary>The files of <paramref name="site"/> written since <see cref="Age"/> (new or replaced), in ordinal order.</summary>
    private static List<string> Touched(string site, DateTime untouched) =>
        [.. Directory.GetFiles(site, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) != untouched)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static void Same(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected)
    {
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        actual.Keys.Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])).ShouldBeEmpty("byte for byte");
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var again = Directory.CreateTempSubdirectory("powerlist-three-releases-again-").FullName;
        try
        {
            var second = Build(again);
            second.Keys.Order(StringComparer.Ordinal).ShouldBe(_files.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, bytes) in _files)
            {
                second[path].ShouldBe(bytes, path);
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }
}
