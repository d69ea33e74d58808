using Microsoft.Playwright;

namespace PowerList.BrowserTests;

/// <summary>
/// The law index in Chromium with JavaScript off: a reader filters by a level and the page keeps exactly the laws the
/// filter link counted, each with the number of entries its own page lists; sorting by title keeps the filter.
/// Against the preview server and nginx.
/// </summary>
public sealed class LawIndexBrowserTests : IClassFixture<ServedSample>
{
    private readonly ServedSample _sample;

    public LawIndexBrowserTests(ServedSample sample) => _sample = sample;

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Filtering_by_a_level_keeps_the_counted_laws_with_their_citing_entries(WebServer server)
    {
        var url = await _sample.UrlAsync(server);
        var context = await _sample.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url + "law/");
        (await page.Locator("table.laws tbody tr").CountAsync()).ShouldBe(3);

        var option = page.Locator(".law-facet", new() { HasText = "效力层级" }).Locator("li", new() { HasText = "法律" });
        var expected = int.Parse(await option.Locator(".count").InnerTextAsync());
        expected.ShouldBe(2);
        await option.GetByRole(AriaRole.Link, new() { Name = "法律", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/laws/level/law/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("法律依据：法律");
        var rows = page.Locator("table.laws tbody tr");
        (await rows.CountAsync()).ShouldBe(expected);
        (await rows.Locator(".law-level").AllInnerTextsAsync()).ShouldAllBe(t => t.StartsWith("法律 · ", StringComparison.Ordinal));
        (await page.Locator(".law-facet li [aria-current]").AllInnerTextsAsync()).ShouldBe(["法律"]);

        var counts = new Dictionary<string, int>();
        for (var i = 0; i < expected; i++)
        {
            var row = rows.Nth(i);
            counts[await row.Locator("a").InnerTextAsync()] = int.Parse(await row.Locator("td.num").InnerTextAsync());
        }

        counts.Keys.Order(StringComparer.Ordinal).ShouldBe(["《中华人民共和国价格法》", "《中华人民共和国食品安全法》"]);
        counts.Values.ShouldAllBe(c => c > 0);
        foreach (var (title, count) in counts)
        {
            var lawPage = await context.NewPageAsync();
            await lawPage.GotoAsync(url + "laws/level/law/");
            await lawPage.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await lawPage.WaitForURLAsync("**/law/*/");
            (await lawPage.Locator("main .entry-list a").CountAsync()).ShouldBe(count, title);
            await lawPage.CloseAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "按名称" }).ClickAsync();
        await page.WaitForURLAsync("**/laws/level/law/by-title/");
        (await rows.CountAsync()).ShouldBe(expected);
        (await page.Locator(".law-sorts [aria-current]").InnerTextAsync()).ShouldBe("按名称");
        await context.CloseAsync();
    }
}
