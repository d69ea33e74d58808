using Microsoft.Playwright;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// Phones at 390 px (issue 17): the responsibility table reflows into one card per stage without sideways
/// scrolling, the version charts keep text of at least 12 px as rendered, and every control (navigation,
/// breadcrumbs, actions, pager, form fields and buttons) is at least 24 px high.
/// </summary>
public sealed class PhoneBrowserTests : IClassFixture<ServedSample>, IClassFixture<ServedReleases>
{
    private const int Width = 390;

    private const string Controls =
        "button, input:not([type=hidden]), select, textarea, .site-nav a, .breadcrumbs a, .entry-actions a, .pager a, .service-links a, .jump a";

    private readonly ServedSample _sample;
    private readonly ServedReleases _releases;

    public PhoneBrowserTests(ServedSample sample, ServedReleases releases)
    {
        _sample = sample;
        _releases = releases;
    }

    [BrowserFact]
    public async Task The_responsibility_table_becomes_cards_and_the_page_does_not_scroll_sideways()
    {
        var page = await Phone(_sample.Browser!);
        await page.GotoAsync(_sample.Url + $"entry/{SampleLists.FullEntryCode}/");
        var rows = page.Locator("table.responsibilities tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThan(1);
        var layout = await page.EvaluateAsync<double[]>("""
            () => {
              const rows = [...document.querySelectorAll('table.responsibilities tbody tr')];
              const blocks = rows.filter(r => getComputedStyle(r).display === 'block').length;
              const widest = Math.max(...rows.map(r => r.getBoundingClientRect().right));
              const head = document.querySelector('table.responsibilities thead').getBoundingClientRect();
              const label = getComputedStyle(rows[0].querySelector('td'), '::before').content;
              return [rows.length, blocks, widest, document.documentElement.scrollWidth, head.height, label === '"责任内容"' ? 1 : 0];
            }
            """);
        layout[1].ShouldBe(layout[0], "every row is a card (display: block)");
        layout[2].ShouldBeLessThanOrEqualTo(Width, "no card runs past the screen");
        layout[3].ShouldBeLessThanOrEqualTo(Width, "the page does not scroll sideways");
        layout[4].ShouldBeLessThanOrEqualTo(1, "the header row is visually hidden");
        layout[5].ShouldBe(1, "each cell is labelled 责任内容 / 依据");
    }

    [BrowserFact]
    public async Task Version_charts_keep_text_of_at_least_12_px()
    {
        var page = await Phone(_releases.Browser!);
        await page.GotoAsync(_releases.Url + "versions/");
        var sizes = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.chart svg')].flatMap(svg => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
            })
            """);
        sizes.Length.ShouldBeGreaterThan(0);
        sizes.Min().ShouldBeGreaterThanOrEqualTo(11.99);
        (await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Width);
    }

    [BrowserFact]
    public async Task Every_control_is_at_least_24_px_high()
    {
        var problems = new List<string>();
        var sample = await Phone(_sample.Browser!);
        foreach (var path in new[] { "", $"entry/{SampleLists.FullEntryCode}/", "entry/650200-SCJGJ-XK-0001/", "category/cf/", "search/", "law/" })
        {
            await sample.GotoAsync(_sample.Url + path);
            problems.AddRange((await SmallControls(sample)).Select(p => $"{path}: {p}"));
        }

        var releases = await Phone(_releases.Browser!);
        await releases.GotoAsync(_releases.Url + "versions/");
        problems.AddRange((await SmallControls(releases)).Select(p => $"versions/: {p}"));
        problems.ShouldBeEmpty();
    }

    private static async Task<IPage> Phone(IBrowser browser) =>
        await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = Width, Height = 844 } });

    private static async Task<string[]> SmallControls(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>(
            "selector => [...document.querySelectorAll(selector)]" +
            ".filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')" +
            ".map(e => [e, e.getBoundingClientRect()])" +
            ".filter(([e, r]) => r.height < 23.5)" +
            ".map(([e, r]) => e.tagName.toLowerCase() + ' \"' + (e.textContent || e.getAttribute('name') || '').trim().slice(0, 20) + '\" ' + r.height.toFixed(1) + ' px')",
            Controls);
        (await page.EvaluateAsync<int>("selector => document.querySelectorAll(selector).length", Controls)).ShouldBeGreaterThan(0);
        return found;
    }
}
