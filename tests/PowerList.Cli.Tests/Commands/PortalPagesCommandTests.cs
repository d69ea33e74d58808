using System.Text;
using System.Text.Json;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// The portal's own pages and files built from tests/fixtures/portal (演示省, 演示市, 演示县; catalogue XK-001 省市县,
/// XK-002 省, CF-001 市县, CF-002 县): every jurisdiction's page links back to the portal; the portal-wide conformity
/// downloads are what <c>conform --format json|csv</c> say of each jurisdiction; the sitemap index reaches the portal's
/// pages and each jurisdiction's sitemap; the side-by-side page of a catalogue item, linked from the entries that name
/// it; <c>conform --item</c> on the portal folder; a catalogue that covers no level of a jurisdiction is "not applicable".
/// </summary>
public sealed class PortalPagesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-portal-pages-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal");

    private async Task<string> Build(string lists)
    {
        var site = Path.Combine(_dir, "site");
        var run = await CliRun.Of("build", lists, "-o", site);
        run.ExitCode.ShouldBe(0, run.Out + run.Err);
        return site;
    }

    private static string Read(string site, string relative) => File.ReadAllText(Path.Combine(site, relative));

    [Fact]
    public async Task Every_page_of_a_jurisdiction_links_back_to_the_portal_and_a_single_site_does_not()
    {
        var site = await Build(Fixture);
        Read(site, "j/990102/index.html").ShouldContain("<a class=\"portal-link\" href=\"../../\">演示省权责清单</a>");
        Read(site, "j/990102/entry/990102-SCJG-XK-0001/index.html").ShouldContain("<a class=\"portal-link\" href=\"../../../../\">演示省权责清单</a>");
        Read(site, "j/990100/department/scjg/index.html").ShouldContain("<a class=\"portal-link\" href=\"../../../../\">");
        Read(site, "j/990000/404.html").ShouldContain("<a class=\"portal-link\" href=\"/\">"); // base_url's path: https://qzqd.example.gov.cn/

        var single = Path.Combine(_dir, "single");
        var run = await CliRun.Of("build", Path.Combine(Fixture, "..", "..", "..", "lists"), "-o", single);
        run.ExitCode.ShouldBe(0, run.Err);
        Read(single, "index.html").ShouldNotContain("portal-link");
    }

    /// <summary>
    /// Versions per jurisdiction (issue 20): <c>release --lists PORTAL/jurisdictions/ID</c> reads the jurisdiction as the
    /// portal does (its entries name items of the portal's shared catalogue); the portal's build gives that
    /// jurisdiction its release's pages and no other; a damaged snapshot of it stops the portal's build, shown at its place.
    /// </summary>
    [Fact]
    public async Task A_jurisdiction_has_its_own_releases_and_a_damaged_one_stops_the_portals_build()
    {
        var lists = Path.Combine(_dir, "portal");
        RepoPaths.CopyFolder(Fixture, lists);
        var county = Path.Combine(lists, "jurisdictions", "990102");
        var release = await CliRun.Of("release", "2024", "--date", "2024-12-31", "--title", "演示县 2024 年版", "--lists", county);
        release.ExitCode.ShouldBe(0, release.Out + release.Err);

        var site = await Build(lists);
        File.Exists(Path.Combine(site, "j", "990102", "v", "2024", "index.html")).ShouldBeTrue();
        Read(site, "j/990102/versions/index.html").ShouldContain("演示县 2024 年版");
        Directory.Exists(Path.Combine(site, "j", "990100", "v")).ShouldBeFalse("the city published no release");
        Read(site, "j/990100/versions/index.html").ShouldNotContain("2024 年版");

        var snapshot = Path.Combine(county, "releases", "2024.json");
        var bytes = File.ReadAllBytes(snapshot);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(snapshot, bytes);
        var broken = await CliRun.Of("build", lists, "-o", Path.Combine(_dir, "broken"));
        broken.ExitCode.ShouldBe(1, broken.Out + broken.Err);
        (broken.Out + broken.Err).ShouldContain("jurisdictions/990102/releases.yaml");
        (broken.Out + broken.Err).ShouldContain("error PL0607");
    }

    [Fact]
    public async Task The_portal_wide_conformity_files_are_each_jurisdictions_report_in_portal_order()
    {
        var site = await Build(Fixture);
        var conform = await CliRun.Of("conform", Fixture, "--format", "json");
        conform.ExitCode.ShouldBe(0, conform.Err);
        Read(site, "conformity/conformity.json").ShouldBe(conform.Out);
        using var doc = JsonDocument.Parse(Read(site, "conformity/conformity.json"));
        doc.RootElement.EnumerateArray().Select(r => r.GetProperty("jurisdiction").GetString()).ShouldBe(["演示省", "演示市", "演示县"]);

        var csv = File.ReadAllBytes(Path.Combine(site, "conformity/conformity.csv"));
        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("jurisdiction,level,status,catalogue_code,name,category,catalogue_levels,entry_code");
        lines.Count(l => l.StartsWith("jurisdiction,", StringComparison.Ordinal)).ShouldBe(1);
        var expected = new List<string>();
        foreach (var id in new[] { "990000", "990100", "990102" })
        {
            var own = File.ReadAllText(Path.Combine(site, "j", id, "conformity", "conformity.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            expected.AddRange(own.Skip(1));
        }

        lines.Skip(1).ShouldBe(expected);
        lines.ShouldContain("演示县,县市区级,missing,CF-001,对经营者违反明码标价规定行为的处罚,cf,地州市级、县市区级,");
        var page = Read(site, "conformity/index.html");
        page.ShouldContain("<a href=\"../conformity/conformity.json\">JSON</a>、<a href=\"../conformity/conformity.csv\">CSV</a>");
        page.ShouldContain("href=\"../catalogue/\"");
    }

    [Fact]
    public async Task The_sitemap_index_reaches_the_portals_pages_and_every_jurisdictions_sitemap()
    {
        var site = await Build(Fixture);
        var index = Read(site, "sitemap.xml");
        index.ShouldContain("<sitemapindex");
        string[] expected =
        [
            "https://qzqd.example.gov.cn/sitemap-1.xml",
            "https://qzqd.example.gov.cn/j/990000/sitemap.xml",
            "https://qzqd.example.gov.cn/j/990100/sitemap.xml",
            "https://qzqd.example.gov.cn/j/990102/sitemap.xml",
        ];
        PowerList.Site.Pages.SitemapXml.Locations(index).ShouldBe(expected);
        var own = PowerList.Site.Pages.SitemapXml.Locations(Read(site, "sitemap-1.xml")).ToList();
        own.ShouldContain("https://qzqd.example.gov.cn/");
        own.ShouldContain("https://qzqd.example.gov.cn/level/county/");
        own.ShouldContain("https://qzqd.example.gov.cn/conformity/");
        own.ShouldContain("https://qzqd.example.gov.cn/catalogue/");
        own.ShouldContain("https://qzqd.example.gov.cn/catalogue/CF-001/");
        own.ShouldContain("https://qzqd.example.gov.cn/catalogue/category/cf/");
        own.ShouldNotContain("https://qzqd.example.gov.cn/404.html");
        own.ShouldBe(own.Order(StringComparer.Ordinal).ToList());
        Read(site, "robots.txt").ShouldContain("Sitemap: https://qzqd.example.gov.cn/sitemap.xml");
        Read(site, "j/990102/sitemap.xml").ShouldContain("<loc>https://qzqd.example.gov.cn/j/990102/entry/990102-SCJG-XK-0002/</loc>");
    }

    [Fact]
    public async Task A_catalogue_items_side_by_side_page_shows_each_jurisdictions_status_and_is_linked_from_its_entries()
    {
        var site = await Build(Fixture);
        var page = Read(site, "catalogue/CF-001/index.html");
        page.ShouldContain("<h1>CF-001 对经营者违反明码标价规定行为的处罚</h1>");
        page.ShouldContain("实施的辖区（1）");
        page.ShouldContain("<th scope=\"row\">演示市</th><td><a href=\"../../j/990100/entry/990100-SCJG-CF-0001/\">990100-SCJG-CF-0001</a>");
        page.ShouldContain("应实施而缺少的辖区（1）</h2>\n<p class=\"names\"><a href=\"../../j/990102/conformity/\">演示县</a></p>");
        page.ShouldContain("目录未交给其层级的辖区（1）</h2>\n<p class=\"names\">演示省</p>");
        // CF-002 is a county's: the city implements it at a level the catalogue does not give it.
        Read(site, "catalogue/CF-002/index.html").ShouldContain("<th scope=\"row\">演示市<span class=\"desc\">层级不符</span></th>");
        var index = Read(site, "catalogue/index.html");
        index.ShouldContain("<td><a href=\"category/cf/\">行政处罚</a></td><td class=\"num\">2</td>");
        Read(site, "catalogue/category/cf/index.html")
            .ShouldContain("<td class=\"code\">CF-001</td><td><a href=\"../../CF-001/\">对经营者违反明码标价规定行为的处罚</a></td><td class=\"num\">1</td><td class=\"num\">1</td>");
        Read(site, "j/990102/entry/990102-SCJG-XK-0001/index.html")
            .ShouldContain("<a class=\"catalogue-link\" href=\"../../../../catalogue/XK-001/\">目录事项 XK-001：各辖区并排对照</a>");
        Read(site, "j/990102/entry/990102-SCJG-XK-0002/index.html").ShouldNotContain("catalogue-link"); // beyond the catalogue
    }

    [Fact]
    public async Task Conform_item_on_a_portal_folder_compares_all_its_jurisdictions()
    {
        var run = await CliRun.Of("conform", "--item", "CF-001", Fixture, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Err);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("jurisdictions").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("id").GetString()).ShouldBe(["990000", "990100", "990102"]);
        rows.Select(r => r.GetProperty("status").GetString()).ShouldBe(["not_given", "implemented", "missing"]);
        var text = await CliRun.Of("conform", "--item", "CF-001", Fixture);
        text.Out.ShouldContain("演示县（县市区级）缺少");
    }

    [Fact]
    public async Task A_catalogue_that_gives_nothing_to_the_province_is_not_applicable_there()
    {
        // A 地县两级 catalogue: no item for 省级.
        var lists = Copy();
        var catalogue = Path.Combine(lists, "catalogue.yaml");
        File.WriteAllText(catalogue, File.ReadAllText(catalogue)
            .Replace("levels: [省级, 地州市级, 县市区级]", "levels: [地州市级, 县市区级]", StringComparison.Ordinal)
            .Replace("levels: [省级]", "levels: [地州市级]", StringComparison.Ordinal));
        var run = await CliRun.Of("conform", lists, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Err);
        using var doc = JsonDocument.Parse(run.Out);
        var province = doc.RootElement[0];
        province.GetProperty("jurisdiction").GetString().ShouldBe("演示省");
        province.GetProperty("applicable").GetBoolean().ShouldBeFalse();
        province.GetProperty("extra").GetArrayLength().ShouldBe(0, "no entry is beyond a catalogue that does not cover its level");
        province.GetProperty("missing").GetArrayLength().ShouldBe(0);
        province.GetProperty("wrong_level").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe(["XK-001", "XK-002"]);
        doc.RootElement[1].GetProperty("applicable").GetBoolean().ShouldBeTrue();

        var site = await Build(lists);
        var summary = Read(site, "conformity/index.html");
        summary.ShouldContain("<td colspan=\"4\" class=\"not-applicable\">不适用：《演示省权责清单通用目录》没有交给省级实施的事项，演示省的清单不按这一目录对照（不适用）。</td>");
        summary.ShouldContain("<td class=\"num\">"); // the others keep their counts
        Read(site, "index.html").ShouldContain("对照目录</a>：不适用");
        Read(site, "j/990000/conformity/index.html").ShouldContain("<p class=\"not-applicable\"><strong>不适用：</strong>");
        (await CliRun.Of("conform", lists, "--jurisdiction", "990000")).Out.ShouldContain("演示省的清单不按这一目录对照（不适用）");
    }

    [Fact]
    public async Task A_rebuild_after_editing_the_portal_and_an_entry_equals_a_clean_build()
    {
        var lists = Copy();
        var site = Path.Combine(_dir, "site");
        (await CliRun.Of("build", lists, "-o", site)).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(lists, "portal.yaml"), File.ReadAllText(Path.Combine(lists, "portal.yaml")).Replace("title: 演示省权责清单", "title: 演示省权责清单门户", StringComparison.Ordinal));
        var county = Directory.GetFiles(Path.Combine(lists, "jurisdictions", "990102"), "*.yaml", SearchOption.AllDirectories).Single(f => File.ReadAllText(f).Contains("catalogue: CF-002", StringComparison.Ordinal));
        File.WriteAllText(county, File.ReadAllText(county).Replace("catalogue: CF-002", "catalogue: CF-001", StringComparison.Ordinal));
        var again = await CliRun.Of("build", lists, "-o", site);
        again.ExitCode.ShouldBe(0, again.Out + again.Err);
        var clean = Path.Combine(_dir, "clean");
        (await CliRun.Of("build", lists, "-o", clean, "--clean")).ExitCode.ShouldBe(0);

        static Dictionary<string, byte[]> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith(".powerlist", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);
        var (warm, cold) = (Files(site), Files(clean));
        warm.Keys.Order(StringComparer.Ordinal).ShouldBe(cold.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in cold)
        {
            warm[path].SequenceEqual(bytes).ShouldBeTrue(path);
        }

        Read(site, "j/990102/index.html").ShouldContain(">演示省权责清单门户</a>");
        Read(site, "catalogue/CF-001/index.html").ShouldContain("<th scope=\"row\">演示县</th>");
    }

    private string Copy()
    {
        var to = Path.Combine(_dir, "portal");
        foreach (var file in Directory.GetFiles(Fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(Fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
