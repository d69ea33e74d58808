using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;
using PowerList.Tests.Versions;
using static PowerList.Tests.Versions.EndingsHistory;

namespace PowerList.BrowserTests;

/// <summary>
/// Must show (issue 16): over the scripted history of three releases in <see cref="EndingsHistory"/> (abolish, merge,
/// delegate, transfer, rename, re-add under a new code), served as the current site: every code ever published
/// answers 200 with the right status text; search finds the ended ones, labelled, after the ones in force; the status
/// filter's counts match the data and the filter lives in the URL.
/// </summary>
public sealed class EndingsBrowserTests : IAsyncLifetime
{
    private string _dir = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        _dir = SiteTestSupport.NewTempFolder("browser-endings");
        var lists = Path.Combine(_dir, "lists");
        EndingsHistory.Write(lists);
        var site = Path.Combine(_dir, "site");
        SiteTestSupport.Build(SiteTestSupport.Load(lists), site).Written.ShouldBeTrue();
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
    public async Task Every_code_ever_published_answers_200_with_its_status()
    {
        var page = await _browser!.NewPageAsync();
        foreach (var (code, label) in Expected)
        {
            var response = await page.GotoAsync(_server.Url + $"entry/{code}/");
            response.ShouldNotBeNull();
            response.Status.ShouldBe(200, code);
            var status = page.Locator(".status-ended .status-label");
            if (label == "现行")
            {
                (await status.CountAsync()).ShouldBe(0, $"{code} is in force");
            }
            else
            {
                (await status.InnerTextAsync()).ShouldBe(label, code);
                (await page.TitleAsync()).ShouldContain(label);
            }
        }

        // The merged entry links to the code it was merged into, and that page is the power in force.
        await page.GotoAsync(_server.Url + $"entry/{B}/");
        await page.Locator($".status-ended a:text-is('{M}')").ClickAsync();
        await page.WaitForURLAsync($"**/entry/{M}/");
        (await page.Locator(".status-ended").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Search_finds_ended_powers_labelled_after_those_in_force_and_the_status_filter_counts_match()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server.Url + "search/?q=" + Uri.EscapeDataString("粮油"));
        var results = page.Locator("#search-results li");
        await Assertions.Expect(results).ToHaveCountAsync(3);
        (await results.Nth(0).Locator("a").InnerTextAsync()).ShouldBe("对粮油出入库和储存的检查");
        (await results.Nth(0).Locator(".status-tag").CountAsync()).ShouldBe(0);
        (await results.Nth(1).Locator(".status-tag").InnerTextAsync()).ShouldBe("已合并");
        (await results.Nth(2).Locator(".status-tag").InnerTextAsync()).ShouldBe("已合并");

        // Counts: of the three entries whose name has 粮油, one is in force (M) and two have ended (B, C).
        var options = page.Locator("#search-state option");
        await Assertions.Expect(options).ToHaveTextAsync(["全部（现行和已调整）", "现行（1）", "已调整（2）"]);

        await page.SelectOptionAsync("#search-state", "ended");
        await page.WaitForURLAsync("**status=ended**");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("找到 2 条结果");

        // The filter lives in the URL: opening it again shows the same.
        await page.GotoAsync(_server.Url + "search/?q=" + Uri.EscapeDataString("粮油") + "&status=in_force");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        (await results.First.Locator("a").InnerTextAsync()).ShouldBe("对粮油出入库和储存的检查");

        // By code: the abolished power is found and labelled.
        await page.GotoAsync(_server.Url + "search/?q=" + A);
        await Assertions.Expect(results).ToHaveCountAsync(1);
        (await results.First.Locator(".status-tag").InnerTextAsync()).ShouldBe("已取消");
        await results.First.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/entry/{A}/");
        (await page.Locator(".status-ended .status-label").InnerTextAsync()).ShouldBe("已取消");
    }

    [BrowserFact]
    public async Task The_search_page_of_an_old_version_searches_that_version()
    {
        var page = await _browser!.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        // In 2023 the two grain inspections B and C were in force and M (their merger, 2024) did not exist yet.
        await page.GotoAsync(_server.Url + "v/2023/search/?q=" + Uri.EscapeDataString("粮油"));
        var results = page.Locator("#search-results li");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        (await results.Locator(".search-meta").AllInnerTextsAsync()).Select(t => t.Split(' ')[0]).Order(StringComparer.Ordinal).ShouldBe([B, C]);
        (await results.Locator(".status-tag").CountAsync()).ShouldBe(0, "in force in 2023");
        await Assertions.Expect(page.Locator("#search-nojs")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".version-banner")).ToContainTextAsync("2023");

        // A result opens that version's page of the entry.
        await results.First.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/v/2023/entry/*/");
        await Assertions.Expect(page.Locator(".version-banner")).ToBeVisibleAsync();

        // The code abolished in 2024 is found in 2023's search, in force, and M is not.
        await page.GotoAsync(_server.Url + "v/2023/search/?q=" + A);
        await Assertions.Expect(results).ToHaveCountAsync(1);
        (await results.First.Locator(".status-tag").CountAsync()).ShouldBe(0);
        await page.GotoAsync(_server.Url + "v/2023/search/?q=" + M);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("没有找到");

        // No search page, current or old, says JavaScript is missing while it runs.
        foreach (var url in new[] { "search/", "v/2023/search/", "v/2024/search/", "v/2025/search/" })
        {
            await page.GotoAsync(_server.Url + url + "?q=" + Uri.EscapeDataString("价格"));
            await Assertions.Expect(page.Locator("#search-form")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#search-nojs")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("#search-status")).Not.ToContainTextAsync("检索失败");
        }

        errors.ShouldBeEmpty();
    }
}
