using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// Must show (issue 20): the portal of tests/fixtures/portal (演示省, 演示市, 演示县, one shared catalogue), built by
/// <c>powerlist build</c> and served by <c>serve</c>'s server: the jurisdiction picker leads to a jurisdiction's site,
/// the level switch shows only the 县级 ones, the conformity summary shows the counts and leads to a jurisdiction's
/// own conformity page, and search within one jurisdiction finds its entries and not another's.
/// </summary>
public sealed class PortalBrowserTests : IAsyncLifetime
{
    private string _dir = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        _dir = SiteTestSupport.NewTempFolder("browser-portal");
        var site = Path.Combine(_dir, "site");
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
}
