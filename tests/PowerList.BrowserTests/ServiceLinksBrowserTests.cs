using Microsoft.Playwright;

namespace PowerList.BrowserTests;

/// <summary>
/// 一张网: a search result of an entry with <c>online_url</c> / <c>guide_url</c> links to its 在线办理 and 办事指南 pages
/// on the government service network; results of entries without them show no such links.
/// </summary>
public sealed class ServiceLinksBrowserTests : IClassFixture<ServedSample>
{
    private readonly ServedSample _sample;

    public ServiceLinksBrowserTests(ServedSample sample) => _sample = sample;

    [BrowserFact]
    public async Task A_search_result_links_to_the_entrys_service_pages()
    {
        var page = await _sample.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(_sample.Url + "search/?q=" + Uri.EscapeDataString("食品"));
        var result = page.Locator("#search-results li", new() { Has = page.Locator("h2 a", new() { HasTextString = "食品经营许可" }) });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        var links = result.Locator(".search-service a");
        await Assertions.Expect(links).ToHaveTextAsync(["在线办理", "办事指南"]);
        (await links.Nth(0).GetAttributeAsync("href")).ShouldBe("https://zwfw.example.gov.cn/apply/650200-SCJGJ-XK-0001");
        (await links.Nth(1).GetAttributeAsync("href")).ShouldBe("https://zwfw.example.gov.cn/guide/650200-SCJGJ-XK-0001");

        // An entry without 一张网 links: its result has none.
        await page.GotoAsync(_sample.Url + "search/?q=" + Uri.EscapeDataString("价格欺诈"));
        var other = page.Locator("#search-results li");
        await Assertions.Expect(other.First.Locator("h2 a")).ToHaveTextAsync("对价格欺诈行为的处罚");
        (await other.First.Locator(".search-service").CountAsync()).ShouldBe(0);
    }
}
