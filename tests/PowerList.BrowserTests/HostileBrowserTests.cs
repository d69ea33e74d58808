using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Security;

namespace PowerList.BrowserTests;

/// <summary>
/// The site built from the hostile corpus (every text field a payload that sets <c>window.__pwned</c> and calls
/// <c>alert</c>), served by the <c>powerlist serve</c> server, opened in Chromium page by page: every built HTML
/// file (home, categories, departments, entries, laws, about, search, 404 and whatever else the build writes),
/// then the search page with a query that finds every payload entry and with hostile text in its URL. Run twice:
/// with the Content-Security-Policy, and with the browser told to ignore it (BypassCSP), so escaping alone is
/// shown to be enough. No dialog may open, <c>__pwned</c> stays undefined, no CSP violation is reported.
/// </summary>
public sealed class HostileBrowserTests : IClassFixture<HostileBrowserTests.Served>
{
    private readonly Served _served;

    public HostileBrowserTests(Served served) => _served = served;

    [BrowserFact]
    public Task No_script_from_the_data_runs_with_the_policy() => VisitAll(bypassCsp: false);

    [BrowserFact]
    public Task No_script_from_the_data_runs_even_when_the_policy_is_ignored() => VisitAll(bypassCsp: true);

    [BrowserFact]
    public async Task The_server_sends_the_policy_header_and_the_reload_script_is_external()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(_served.Server.Url);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(DevServer.ContentSecurityPolicy);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(DevServer.ReloadScript);
        HtmlSafety.Problems(html).ShouldBeEmpty();
        var script = await http.GetStringAsync(_served.Server.Url.TrimEnd('/') + DevServer.ReloadScriptPath);
        script.ShouldContain("EventSource");
    }

    private async Task VisitAll(bool bypassCsp)
    {
        var context = await _served.Browser!.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        var console = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Type} {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) => console.Add($"{page.Url}: {message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"{page.Url}: pageerror: {error}");

        var problems = new List<string>();
        var pages = SecuritySite.Files(_served.Site.Output)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .ToList();
        pages.ShouldContain("");
        pages.ShouldContain("search/");
        pages.ShouldContain("about/");
        pages.ShouldContain(p => p.StartsWith("entry/", StringComparison.Ordinal));
        pages.ShouldContain(p => p.StartsWith("law/", StringComparison.Ordinal));
        pages.ShouldContain(p => p.StartsWith("category/", StringComparison.Ordinal));
        pages.ShouldContain(p => p.StartsWith("department/", StringComparison.Ordinal));
        foreach (var path in pages)
        {
            await page.GotoAsync(_served.Server.Url + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await Hover(page);
            await Check(page, path, problems);
        }

        // Search: a query that finds every payload entry, then hostile text in the page's own URL.
        await page.GotoAsync(_served.Server.Url + "search/");
        // Typing runs the search after a short pause (search.js debounces input); wait for that run to finish
        // rather than also pressing Enter, whose run the debounced one would follow and reset to 10 results.
        await page.FillAsync("#search-q", HostileLists.SearchWord);
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('找到')");
        await page.WaitForSelectorAsync("#search-results li");
        (await page.Locator("#search-results li").CountAsync()).ShouldBeGreaterThan(0);
        var status = await page.Locator("#search-status").InnerTextAsync();
        var expected = _served.Site.Lists.PublicEntries.Count();
        status.ShouldStartWith($"找到 {expected} 条结果");
        var rounds = 0;
        while (await page.Locator("#search-more").IsVisibleAsync() && rounds++ < 10)
        {
            var shown = await page.Locator("#search-results li").CountAsync();
            await page.EvaluateAsync("() => document.getElementById('search-more').click()");
            try
            {
                await page.WaitForFunctionAsync($"() => document.querySelectorAll('#search-results li').length > {shown}", null, new PageWaitForFunctionOptions { Timeout = 30000 });
            }
            catch (TimeoutException)
            {
                throw new ShouldAssertException($"“显示更多结果”之后结果没有增加：已显示 {shown} 条，状态：{await page.Locator("#search-status").InnerTextAsync()}；控制台：{string.Join(" | ", console)}");
            }
        }

        (await page.Locator("#search-results li").CountAsync()).ShouldBe(expected, status);
        await Hover(page);
        await Check(page, "search/?q=" + HostileLists.SearchWord, problems);
        (await page.Locator("#search-results").InnerTextAsync()).ShouldContain(HostileLists.SearchWord);

        foreach (var payload in HostileCorpus.Payloads.Where(p => p.Length < 500).Take(12))
        {
            var url = _served.Server.Url + "search/?q=" + Uri.EscapeDataString(payload) + "&dept=" + Uri.EscapeDataString(payload) + "&cat=" + Uri.EscapeDataString(payload);
            await page.GotoAsync(url);
            await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0 && !document.getElementById('search-status').textContent.startsWith('正在')");
            await Check(page, "search/?q=" + payload, problems);
        }

        await context.CloseAsync();
        dialogs.ShouldBeEmpty(string.Join("\n", dialogs));
        problems.ShouldBeEmpty(string.Join("\n", problems));
        console.Where(c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || c.Contains("pageerror", StringComparison.Ordinal))
            .ShouldBeEmpty(string.Join("\n", console));
    }

    // Some payloads wait for the pointer (onmouseover): move it over every element that has text.
    private static async Task Hover(IPage page)
    {
        await page.EvaluateAsync(@"() => {
            for (const el of document.querySelectorAll('main *')) {
                el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            }
        }");
    }

    private static async Task Check(IPage page, string path, List<string> problems)
    {
        var pwned = await page.EvaluateAsync<string>("() => typeof window.__pwned === 'undefined' ? '' : String(window.__pwned)");
        if (pwned.Length > 0)
        {
            problems.Add($"{path}: 数据中的脚本运行了（__pwned={pwned}）");
        }

        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[href],[src],[action],[formaction]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction'))");
        foreach (var href in hrefs.Where(h => !HtmlSafety.IsSafeUrl(h)))
        {
            problems.Add($"{path}: 不安全的网址 {href}");
        }

        var injected = await page.EvaluateAsync<int>("() => document.querySelectorAll('iframe,object,embed,base,style,script:not([src]),svg script,[onerror],[onload],[onmouseover]').length");
        if (injected > 0)
        {
            problems.Add($"{path}: 页面里出现了 {injected} 个来自数据的元素");
        }
    }

    /// <summary>The hostile site built and served once for the class, and a browser.</summary>
    public sealed class Served : IAsyncLifetime
    {
        private IPlaywright? _playwright;

        public HostileSite Site { get; private set; } = null!;

        public DevServer Server { get; private set; } = null!;

        public IBrowser? Browser { get; private set; }

        public async Task InitializeAsync()
        {
            Site = new HostileSite();
            Server = await DevServer.StartAsync(Site.Output, 0);
            if (File.Exists(BrowserTests.Browser.ChromiumPath) || Environment.GetEnvironmentVariable("CI") == "true")
            {
                (_playwright, Browser) = await BrowserTests.Browser.LaunchAsync();
            }
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null)
            {
                await Browser.CloseAsync();
            }

            _playwright?.Dispose();
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }
}
