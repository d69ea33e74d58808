using System.Text;

namespace PowerList.Tests.Site;

/// <summary>
/// One golden HTML file per page kind for the fixture list <c>tests/fixtures/sample-lists/</c>. Regenerate with <c>POWERLIST_UPDATE_GOLDEN=1</c>,
/// then review the diff.
/// </summary>
public sealed class GoldenPagesTests : IClassFixture<GoldenPagesTests.BuiltSample>
{
    private readonly BuiltSample _site;

    public GoldenPagesTests(BuiltSample site) => _site = site;

    public static TheoryData<string, string> Pages => new()
    {
        { "home", "index.html" },
        { "category", "category/cf/index.html" },
        { "department", "department/fgw/index.html" },
        { "department-ended", "department/da/ended/index.html" }, // docs/architecture.md's worked example of a page kind
        { "category-page", "category/xk/index.html" },
        { "entry", "entry/650200-FGW-CF-0001/index.html" },
        { "entry-licence", "entry/650200-SCJG-XK-0001/index.html" },
        { "entry-enforcement", "entry/650200-SCJG-QZ-0001/index.html" },
        { "law", "law/price-law/index.html" },
        { "law-repealed", "law/food-hygiene-law/index.html" },
        { "laws", "law/index.html" },
        { "laws-level", "laws/level/law/index.html" },
        { "laws-by-title", "laws/by-title/index.html" },
        { "about", "about/index.html" },
        { "search", "search/index.html" },
        { "404", "404.html" },
        { "sitemap", "sitemap.xml" },
        { "robots", "robots.txt" },
        { "category-paged", "paged/category/cf/index.html" },
        { "category-paged-2", "paged/category/cf/page/2/index.html" },
        { "department-paged", "paged/department/scjg/page/2/index.html" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_matches_golden_file(string kind, string path)
    {
        var file = path.StartsWith("paged/", StringComparison.Ordinal)
            ? Path.Combine(_site.PagedFolder, path["paged/".Length..])
            : Path.Combine(_site.Folder, path);
        var actual = File.ReadAllText(file, Encoding.UTF8);
        var ext = Path.GetExtension(path);
        var golden = Path.Combine(SiteTestSupport.RepoRoot, "tests", "PowerList.Tests", "Site", "golden", kind + ext);
        if (Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual, new UTF8Encoding(false));
        }

        File.Exists(golden).ShouldBeTrue($"缺少 golden 文件 {golden}；用 POWERLIST_UPDATE_GOLDEN=1 生成");
        actual.ShouldBe(File.ReadAllText(golden, Encoding.UTF8), $"{path} 与 {golden} 不同；确认改动无误后用 POWERLIST_UPDATE_GOLDEN=1 更新");
    }

    public sealed class BuiltSample : IDisposable
    {
        public BuiltSample()
        {
            Folder = Path.Combine(SiteTestSupport.NewTempFolder("golden"), "site");
            var lists = SiteTestSupport.Load(SiteTestSupport.FixtureLists);
            SiteTestSupport.Build(lists, Folder);
            PagedFolder = Path.Combine(Path.GetDirectoryName(Folder)!, "paged");
            SiteTestSupport.Build(lists, PagedFolder, new PowerList.Site.Pages.PageOptions { EntriesPerPage = 2 });
        }

        public string Folder { get; }

        /// <summary>The same lists with two entries per page: page links and the group index.</summary>
        public string PagedFolder { get; }

        public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
    }
}
