using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// The sample site in Chromium: a reader clicks from the home page to a category, a department, an entry and a
/// law; axe-core finds no WCAG 2.1 A/AA violation on any page kind; screenshots at 360 px and 1280 px of every
/// page kind are written to <c>screenshots/</c> in the test output folder for a person to look at (from nginx:
/// <c>screenshots/nginx/</c>). Each runs against the preview server and against nginx with deploy/nginx.conf.
/// </summary>
public sealed class SiteBrowserTests : IClassFixture<ServedSample>
{
    private static readonly (string Kind, string Path)[] PageKinds =
    [
        ("home", ""),
        ("category", "category/cf/"),
        ("category-page-2", "category/cf/page/2/"),
        ("department", "department/fgw/"),
        ("entry", $"entry/{SampleLists.FullEntryCode}/"),
        ("law", "law/price-law/"),
        ("law-repealed", "law/old-price-rules/"),
        ("laws", "law/"),
        ("laws-filtered", "laws/level/law/"),
        ("about", "about/"),
        ("search", "search/"),
        ("404", "no/such/page/"),
    ];

    private readonly ServedSample _sample;

    public SiteBrowserTests(ServedSample sample) => _sample = sample;

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task A_reader_clicks_from_home_to_category_department_entry_and_law(WebServer server)
    {
        var url = await _sample.UrlAsync(server);
        var page = await _sample.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        await page.GotoAsync(url);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("克拉玛依市权责清单");

        await page.GetByRole(AriaRole.Link, new() { Name = "行政处罚", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/category/cf/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("行政处罚");

        await page.Locator("main h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/department/fgw/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("克拉玛依市发展和改革委员会");

        await page.GetByRole(AriaRole.Link, new() { Name = "对不执行政府指导价、政府定价行为的处罚" }).ClickAsync();
        await page.WaitForURLAsync($"**/entry/{SampleLists.FullEntryCode}/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("对不执行政府指导价、政府定价行为的处罚");
        (await page.Locator("ol.steps > li").CountAsync()).ShouldBe(5);

        await page.Locator("#basis").Locator("xpath=..").GetByRole(AriaRole.Link, new() { Name = "《价格违法行为行政处罚暂行规定》" }).ClickAsync();
        await page.WaitForURLAsync("**/law/old-price-rules/");
        (await page.Locator("h1 .badge-repealed").InnerTextAsync()).ShouldBe("已废止");
        (await page.Locator("main .entry-list a").AllInnerTextsAsync()).ShouldBe(["对不执行政府指导价、政府定价行为的处罚", "对价格欺诈行为的处罚"]);
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Axe_finds_no_violations_and_screenshots_are_written_for_every_page_kind(WebServer server)
    {
        var url = await _sample.UrlAsync(server);
        var folder = Path.Combine(ScreenshotFolder, server == WebServer.Preview ? "" : "nginx");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        foreach (var width in new[] { 360, 1280 })
        {
            var context = await _sample.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var (kind, path) in PageKinds)
            {
                await page.GotoAsync(url + path);
                var file = Path.Combine(folder, $"{kind}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                File.Exists(file).ShouldBeTrue();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{kind}-{width}-first-screen.png") });

                var results = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
                {
                    RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
                });
                problems.AddRange(results.Violations.Select(v =>
                    $"{kind}@{width}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));

                if (width == 360)
                {
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 0)
                    {
                        problems.Add($"{kind}@360: 页面横向溢出 {overflow} px");
                    }
                }
            }

            await context.CloseAsync();
        }

        problems.ShouldBeEmpty();
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Pages_make_no_third_party_requests_and_keyboard_focus_is_visible(WebServer server)
    {
        var url = await _sample.UrlAsync(server);
        var page = await _sample.Browser!.NewPageAsync();
        var hosts = new List<string>();
        page.Request += (_, r) => hosts.Add(new Uri(r.Url).Host);
        await page.GotoAsync(url + $"entry/{SampleLists.FullEntryCode}/");
        await page.GotoAsync(url);
        hosts.Distinct().ShouldBe(["127.0.0.1"]);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
        focused.ShouldBe("skip-link");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        outline.ShouldBe("solid");
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task The_print_stylesheet_drops_navigation_and_keeps_the_entry(WebServer server)
    {
        var url = await _sample.UrlAsync(server);
        var page = await _sample.Browser!.NewPageAsync();
        await page.GotoAsync(url + $"entry/{SampleLists.FullEntryCode}/");
        (await page.Locator(".site-nav").IsVisibleAsync()).ShouldBeTrue();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await page.Locator(".site-nav").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".breadcrumbs").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("h1").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("ol.steps").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".cite-text").IsVisibleAsync()).ShouldBeTrue();
    }

    [BrowserFact]
    public async Task An_open_page_reloads_when_the_preview_server_announces_a_rebuild()
    {
        var page = await _sample.Browser!.NewPageAsync();
        await page.GotoAsync(_sample.Url + "about/");
        await page.EvaluateAsync("() => { window.__marker = 1; }");

        // The page's EventSource connects on its own time: announce until the page has reloaded (or 10 s).
        var reloaded = false;
        for (var i = 0; i < 20 && !reloaded; i++)
        {
            _sample.Server.Hub.Send("reload");
            await Task.Delay(500);
            try
            {
                reloaded = await page.EvaluateAsync<bool>("() => window.__marker === undefined");
            }
            catch (PlaywrightException)
            {
                // Navigating right now; ask again.
            }
        }

        reloaded.ShouldBeTrue("the page reloaded after the server sent reload");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("关于本清单");
    }
}
