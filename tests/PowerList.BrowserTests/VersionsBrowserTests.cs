using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PowerList.BrowserTests;

/// <summary>The versions pages in Chromium: the compare form, the compare page's filters and views, and axe-core.</summary>
public sealed class VersionsBrowserTests : IClassFixture<ServedReleases>
{
    private readonly ServedReleases _served;

    public VersionsBrowserTests(ServedReleases served) => _served = served;

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Compare_filters_by_department_category_and_type_and_switches_views(WebServer server)
    {
        var url = await _served.UrlAsync(server);
        var page = await _served.Browser!.NewPageAsync();
        await page.GotoAsync(url + "compare/2024...2025/");
        var filters = page.Locator("form.change-filters");
        (await filters.IsVisibleAsync()).ShouldBeTrue("the script shows the filters");
        var visible = page.Locator("li.change:visible");
        (await visible.CountAsync()).ShouldBe(4);
        await Assertions.Expect(page.Locator(".filter-status")).ToHaveTextAsync("显示 4 / 4 项");

        await page.SelectOptionAsync("select[name=department]", "scjg");
        (await visible.CountAsync()).ShouldBe(1);
        (await visible.First.GetAttributeAsync("id")).ShouldBe("c-650200-FGW-CF-0001");
        (await page.Locator("section#delegated").IsVisibleAsync()).ShouldBeFalse("a section with no visible change is hidden");

        await page.SelectOptionAsync("select[name=department]", "");
        await page.SelectOptionAsync("select[name=type]", "下放");
        (await visible.CountAsync()).ShouldBe(1);
        (await visible.First.GetAttributeAsync("id")).ShouldBe("c-650200-FGW-XK-0020");

        await page.SelectOptionAsync("select[name=type]", "");
        await page.SelectOptionAsync("select[name=category]", "cf");
        (await visible.CountAsync()).ShouldBe(3);
        await Assertions.Expect(page.Locator(".filter-status")).ToHaveTextAsync("显示 3 / 4 项");

        // Side by side by default; the redline view hides the two columns and shows the marked-up one.
        var row = page.Locator("#c-650200-FGW-CF-0005 .fields-diff tbody tr").First;
        (await row.Locator("td.sbs").First.IsVisibleAsync()).ShouldBeTrue();
        (await row.Locator("td.redline").IsVisibleAsync()).ShouldBeFalse();
        await page.CheckAsync("input[name=view][value=redline]");
        (await row.Locator("td.sbs").First.IsVisibleAsync()).ShouldBeFalse();
        (await row.Locator("td.redline").IsVisibleAsync()).ShouldBeTrue();
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Compare_filters_live_in_the_url(WebServer server)
    {
        var url = await _served.UrlAsync(server);
        var page = await _served.Browser!.NewPageAsync();

        // A link with filters opens the comparison filtered, in the chosen view.
        await page.GotoAsync(url + "compare/2024...2025/?category=cf&view=redline");
        await Assertions.Expect(page.Locator(".filter-status")).ToHaveTextAsync("显示 3 / 4 项");
        (await page.InputValueAsync("select[name=category]")).ShouldBe("cf");
        (await page.IsCheckedAsync("input[name=view][value=redline]")).ShouldBeTrue();

        // Changing a filter writes it into the URL; a reload keeps it.
        await page.SelectOptionAsync("select[name=department]", "scjg");
        new Uri(page.Url).Query.ShouldContain("department=scjg");
        new Uri(page.Url).Query.ShouldContain("category=cf");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".filter-status")).ToHaveTextAsync("显示 1 / 4 项");

        // Clearing them takes them out again; a value the page does not offer is ignored.
        await page.SelectOptionAsync("select[name=department]", "");
        await page.SelectOptionAsync("select[name=category]", "");
        await page.CheckAsync("input[name=view][value=sbs]");
        new Uri(page.Url).Query.ShouldBeEmpty();
        await page.GotoAsync(url + "compare/2024...2025/?department=nope");
        await Assertions.Expect(page.Locator(".filter-status")).ToHaveTextAsync("显示 4 / 4 项");
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task The_compare_form_goes_to_the_chosen_pair(WebServer server)
    {
        var url = await _served.UrlAsync(server);
        var page = await _served.Browser!.NewPageAsync();
        await page.GotoAsync(url + "versions/");
        await page.SelectOptionAsync("form.compare-form select[name=from]", "2023");
        await page.SelectOptionAsync("form.compare-form select[name=to]", "current");
        await page.ClickAsync("form.compare-form button");
        await page.WaitForURLAsync("**/compare/2023...current/");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("2023");
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Axe_finds_no_violations_on_versions_compare_history_and_historical_pages(WebServer server)
    {
        var url = await _served.UrlAsync(server);
        var page = await _served.Browser!.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "versions/", "compare/2024...2025/", "entry/650200-FGW-CF-0001/history/", "v/2023/entry/650200-FGW-CF-0001/" })
        {
            await page.GotoAsync(url + path);
            var results = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
            {
                RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
            });
            problems.AddRange(results.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        }

        problems.ShouldBeEmpty();
    }
}
