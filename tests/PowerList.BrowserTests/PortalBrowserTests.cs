using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// Must show (issue 20): the portal of tests/fixtures/portal (演示省, 演示市, 演示县, one shared catalogue), built by
/// <c>powerlist build</c> and served by <c>serve</c>'s server: the jurisdiction picker leads to a jurisdiction's site,
/// the level switch shows only the 县级 ones, the conformity summary shows the counts and leads to a jurisdiction's
/// own conformity page, and search within one jurisdiction finds its entries and not another's; the portal's search
/// finds entries of every jurisdiction, its jurisdiction facet narrows to one, and search.js agrees with the C# engine on
/// the portal's index.
/// </summary>
public sealed class PortalBrowserTests : IAsyncLifetime
{
    private string _dir = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DevServer _server = null!;
    private string _site = "";

    public async Task InitializeAsync()
    {
        _dir = SiteTestSupport.NewTempFolder("browser-portal");
        var site = _site = Path.Combine(_dir, "site");
        var fixture = Path.Combine(PowerList.Tests.Search.BuiltIndex.RepoRoot(), "tests", "fixtures", "portal");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await PowerList.Cli.CliApp.RunAsync(["build", fixture, "-o", site], stdout, stderr);
        code.ShouldBe(0, stdout.ToString() + stderr);
        _server = await DevServer.StartAsync(site, 0);
        if (File.Exists(Browser.ChromiumPath) || Environment.GetEnvironmentVariable("CI") == "true")
        {
            (_playwright, _browser) = await Browser.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [BrowserFact]
    public async Task The_picker_leads_to_a_jurisdictions_own_site()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url);
        var picker = page.Locator("a.jurisdiction");
        await Assertions.Expect(picker).ToHaveTextAsync(["演示省", "演示市", "演示县"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "演示市", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/j/990100/");
        await Assertions.Expect(page.Locator(".site-title")).ToHaveTextAsync("演示市权责清单");
        // Its own pages work under the sub-folder: a department page with its entries.
        await page.Locator("a[href*='department/scjg/']").First.ClickAsync();
        await page.WaitForURLAsync("**/j/990100/department/scjg/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "对经营者违反明码标价规定行为的处罚" }).First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_level_switch_shows_only_the_county_level()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url);
        await page.Locator("nav.level-switch").GetByRole(AriaRole.Link, new() { Name = "县级", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/level/county/");
        await Assertions.Expect(page.Locator("a.jurisdiction")).ToHaveTextAsync(["演示县"]);
        await Assertions.Expect(page.Locator("nav.level-switch a[aria-current='page']")).ToHaveTextAsync("县级");
        await page.GetByRole(AriaRole.Link, new() { Name = "演示县", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/j/990102/");
    }

    [BrowserFact]
    public async Task The_conformity_summary_shows_each_jurisdictions_counts()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "目录对照", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/conformity/");
        var county = page.Locator("table.conformity-summary tbody tr", new() { HasTextString = "演示县" });
        await Assertions.Expect(county.Locator("td")).ToHaveTextAsync(["县市区级", "2", "1", "1", "0"]);
        var city = page.Locator("table.conformity-summary tbody tr", new() { HasTextString = "演示市" });
        await Assertions.Expect(city.Locator("td")).ToHaveTextAsync(["地州市级", "2", "0", "0", "1"]);
        await county.GetByRole(AriaRole.Link, new() { Name = "演示县" }).ClickAsync();
        await page.WaitForURLAsync("**/j/990102/conformity/");
        await Assertions.Expect(page.Locator("#missing + ul")).ToContainTextAsync("CF-001");
    }

    [BrowserFact]
    public async Task Search_within_one_jurisdiction_finds_its_entries_only()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url + "j/990102/search/?q=" + Uri.EscapeDataString("户外广告"));
        var results = page.Locator("#search-results li");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(results.First.Locator("a").First).ToHaveTextAsync("户外广告设置许可");
        await results.First.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync("**/j/990102/entry/990102-SCJG-XK-0002/");

        // 特种设备生产单位许可 is the province's alone: the county's search does not find it, the province's does.
        await page.GotoAsync(_server.Url + "j/990102/search/?q=" + Uri.EscapeDataString("特种设备"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("没有找到");
        await page.GotoAsync(_server.Url + "j/990000/search/?q=" + Uri.EscapeDataString("特种设备"));
        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveTextAsync("特种设备生产单位许可");
    }

    [BrowserFact]
    public async Task Every_page_of_a_jurisdiction_leads_back_to_the_portal()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url + "j/990102/entry/990102-SCJG-XK-0001/");
        var back = page.Locator(".site-header a.portal-link");
        await Assertions.Expect(back).ToHaveTextAsync("演示省权责清单");
        await back.ClickAsync();
        await page.WaitForURLAsync(_server.Url);
        await Assertions.Expect(page.Locator("a.jurisdiction")).ToHaveTextAsync(["演示省", "演示市", "演示县"]);
    }

    [BrowserFact]
    public async Task An_entry_leads_to_its_catalogue_item_side_by_side_across_jurisdictions()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url + "j/990100/entry/990100-SCJG-CF-0001/");
        await page.Locator("a.catalogue-link").ClickAsync();
        await page.WaitForURLAsync("**/catalogue/CF-001/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("CF-001 对经营者违反明码标价规定行为的处罚");
        await Assertions.Expect(page.Locator("table.across tbody th")).ToHaveTextAsync(["演示市"]);
        await Assertions.Expect(page.Locator("#missing + p a")).ToHaveTextAsync(["演示县"]);
        await Assertions.Expect(page.Locator("#not-given + p")).ToHaveTextAsync("演示省");

        // From the conformity summary: the index of categories, a category's items, an item, then a jurisdiction's entry.
        await page.GotoAsync(_server.Url + "conformity/");
        await page.Locator("main a[href='../catalogue/']").ClickAsync();
        await page.WaitForURLAsync("**/catalogue/");
        await Assertions.Expect(page.Locator("table.catalogue-categories tbody a")).ToHaveTextAsync(["行政许可", "行政处罚"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "行政许可", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/catalogue/category/xk/");
        await Assertions.Expect(page.Locator("table.catalogue-items td.code")).ToHaveTextAsync(["XK-001", "XK-002"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "食品经营许可", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/catalogue/XK-001/");
        await Assertions.Expect(page.Locator(".item-facts a")).ToHaveTextAsync("行政许可");
        await Assertions.Expect(page.Locator("table.across tbody th")).ToHaveTextAsync(["演示省", "演示市", "演示县"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "990102-SCJG-XK-0001" }).ClickAsync();
        await page.WaitForURLAsync("**/j/990102/entry/990102-SCJG-XK-0001/");
    }

    [BrowserFact]
    public async Task The_portal_search_finds_entries_of_several_jurisdictions_and_the_facet_narrows_to_one()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url);
        await page.Locator("form.search-form #q").FillAsync("食品经营");
        await page.Locator("form.search-form #q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=*");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("找到 5 条结果");
        var metas = page.Locator("#search-results .search-meta");
        await Assertions.Expect(metas).ToHaveCountAsync(5);
        var lines = await metas.AllTextContentsAsync();
        lines.Count(l => l.Contains(" · 演示市 · ")).ShouldBe(2);
        lines.Count(l => l.Contains(" · 演示县 · ")).ShouldBe(2);
        lines.Count(l => l.Contains(" · 演示省 · ")).ShouldBe(1);
        // Each result names the department within its jurisdiction too.
        lines.Count(l => l.Contains(" · 演示县 · 演示县市场监督管理局 · ")).ShouldBe(2);
        lines.Count(l => l.Contains(" · 演示省 · 演示省市场监督管理局 · ")).ShouldBe(1);
        // The facet counts follow the query (filled in after the results).
        await Assertions.Expect(page.Locator("#search-dept option")).ToHaveTextAsync(["全部辖区", "演示省（1）", "演示市（2）", "演示县（2）"]);

        await page.Locator("#search-dept").SelectOptionAsync("990102");
        await Assertions.Expect(status).ToContainTextAsync("找到 2 条结果");
        page.Url.ShouldContain("dept=990102");
        (await metas.AllTextContentsAsync()).ShouldAllBe(l => l.Contains(" · 演示县 · "));
        var first = page.Locator("#search-results li a").First;
        await Assertions.Expect(first).ToHaveTextAsync("食品经营许可");
        await first.ClickAsync();
        await page.WaitForURLAsync("**/j/990102/entry/990102-SCJG-XK-0001/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("食品经营许可");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("990102-SCJG-XK-0001");
    }

    [BrowserFact]
    public async Task With_no_query_the_portal_search_asks_for_a_jurisdiction_and_a_jurisdictions_own_for_a_department()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url + "search/");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("或选择辖区、类别、层级浏览");
        await Assertions.Expect(page.Locator("#search-status")).Not.ToContainTextAsync("部门");
        // Browsing with no query: every jurisdiction is in the facet, in portal order, with its count of entries.
        await Assertions.Expect(page.Locator("#search-dept option")).ToHaveCountAsync(4);
        (await page.Locator("#search-dept option").AllTextContentsAsync()).Skip(1).Select(t => t[..t.IndexOf('（')]).ShouldBe(["演示省", "演示市", "演示县"]);

        await page.GotoAsync(_server.Url + "j/990102/search/");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("或选择部门、类别、层级浏览");
    }

    [BrowserFact]
    public async Task Search_js_and_the_csharp_engine_agree_on_the_portal_index()
    {
        const string run = """
            async ([query, department, level]) => {
              const engine = new PowerListSearch.Engine(new URL('search-index/', location.href.replace(/search\/.*$/, '')).href);
              const r = await engine.search({ query, department, level, limit: 10 });
              return JSON.stringify({ total: r.total, hits: r.hits.map(h => h.code + ' ' + h.score + ' ' + h.url + ' ' + h.department + '/' + h.departmentName + '/' + h.unit),
                departments: r.departments.map(f => f.value + ' ' + f.count), levels: r.levels.map(f => f.value + ' ' + f.count) });
            }
            """;
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url + "search/");
        await page.WaitForFunctionAsync("() => window.PowerListSearch !== undefined");
        var cs = PowerList.Search.Querying.SearchEngine.FromFolder(Path.Combine(_site, "search-index"));
        var compared = 0;
        foreach (var (query, department, level) in new[]
        {
            ("食品经营", "", ""), ("食品经营", "990100", ""), ("许可", "", "县级"), ("处罚", "", ""), ("户外广告", "", ""),
            ("特种设备", "990102", ""), ("明码标价 处罚", "", ""), ("食品安全法", "", "市级"),
        })
        {
            var browser = await page.EvaluateAsync<string>(run, new object[] { query, department, level });
            var r = cs.Search(new PowerList.Search.Querying.SearchRequest(query, department.Length > 0 ? department : null, null, level.Length > 0 ? level : null));
            var expected = System.Text.Json.JsonSerializer.Serialize(new
            {
                total = r.Total,
                hits = r.Hits.Select(h => h.Code + " " + h.Score + " " + h.Url + " " + h.Department + "/" + Names[h.Department] + "/" + h.Unit),
                departments = r.Departments.Select(f => f.Value + " " + f.Count),
                levels = r.Levels.Select(f => f.Value + " " + f.Count),
            });
            System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(browser).RootElement).ShouldBe(expected, query);
            compared += r.Total > 0 ? 1 : 0;
        }

        compared.ShouldBeGreaterThan(5, "most queries find something");
    }

    private static readonly Dictionary<string, string> Names = new() { ["990000"] = "演示省", ["990100"] = "演示市", ["990102"] = "演示县" };
}
