using Microsoft.Playwright;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// Someone to reach: the entry page shows its department's contacts (falling back to the site's) and a 报告问题 link
/// that carries the entry's code, from the preview server and from nginx.
/// </summary>
public sealed class ContactBrowserTests : IClassFixture<ServedSample>
{
    private readonly ServedSample _sample;

    public ContactBrowserTests(ServedSample sample) => _sample = sample;

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task The_report_link_carries_the_entry_code(WebServer server)
    {
        var url = await _sample.UrlAsync(server);
        var page = await _sample.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        // fgw has its own feedback URL template.
        await page.GotoAsync(url + $"entry/{SampleLists.FullEntryCode}/");
        var top = page.Locator(".entry-actions").GetByRole(AriaRole.Link, new() { Name = "报告问题", Exact = true });
        (await top.IsVisibleAsync()).ShouldBeTrue();
        (await top.GetAttributeAsync("href")).ShouldBe($"https://fgw.example.gov.cn/feedback?item={SampleLists.FullEntryCode}&from=qzqd");
        var contact = page.Locator("#contact");
        (await contact.Locator("dt", new() { HasTextString = "监督电话" }).Locator("xpath=following-sibling::dd").InnerTextAsync()).ShouldBe("0990-6220000");
        (await contact.Locator("dt", new() { HasTextString = "投诉电话" }).Locator("xpath=following-sibling::dd").InnerTextAsync()).ShouldBe("12345");

        // scjgj names no feedback channel: the site's mail template, with the code in the subject.
        const string code = "650200-SCJGJ-XK-0001";
        await page.GotoAsync(url + $"entry/{code}/");
        var mail = await page.Locator("#contact a.report-link").GetAttributeAsync("href");
        mail.ShouldNotBeNull();
        mail.ShouldStartWith("mailto:qzqd@example.gov.cn?subject=");
        Uri.UnescapeDataString(mail).ShouldBe($"mailto:qzqd@example.gov.cn?subject=权责清单问题 {code}");
        (await page.Locator("#contact dt", new() { HasTextString = "监督电话" }).Locator("xpath=following-sibling::dd").InnerTextAsync()).ShouldBe("0990-12345");
    }
}
