using System.Text.Json;
using Microsoft.Playwright;
using PowerList.Search.Querying;
using PowerList.Tests.Search;

namespace PowerList.BrowserTests.Search;

/// <summary>search.js in Chromium against the same index files as the C# engine (the synthetic search fixture, whose
/// common terms exercise bitmaps and impact tiers), and the search page's flow on it.</summary>
public class SearchParityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string RunQuery = """
        async ([query, department, category]) => {
          const engine = new PowerListSearch.Engine('http://search.test/search-index/');
          const r = await engine.search({ query, department, category, limit: 10 });
          const tokens = []; r.words.forEach(w => w.forEach(a => a.forEach(t => { if (!tokens.includes(t)) tokens.push(t); })));
          const sn = h => { const s = PowerListSearch.snippetOf(h.snippet || '', tokens); return s.field + '|' + s.text + '|' + s.marks.map(m => m[0] + ',' + m[1]).join(';'); };
          return JSON.stringify({ total: r.total, hits: r.hits.map(h => h.code + ' ' + h.score + ' ' + sn(h)),
            departments: r.departments.map(f => f.value + ' ' + f.count), categories: r.categories.map(f => f.value + ' ' + f.count) });
        }
        """;

    [BrowserFact]
    public async Task Browser_engine_returns_the_same_top_ten_as_the_csharp_engine_for_every_shared_query()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(BrowserHost.Origin + "blank.html");
        var mismatches = new List<string>();
        var queries = CaseFile.Queries().ToList();
        queries.Count.ShouldBeGreaterThan(20);
        foreach (var line in queries)
        {
            var (query, department, category) = ParityQuery.Parse(line);
            var json = await page.EvaluateAsync<string>(RunQuery, new object?[] { query, department ?? "", category ?? "" });
            var browser = JsonDocument.Parse(json).RootElement;
            var cs = host.Index.Engine().Search(new SearchRequest(query, department, category));
            var expected = JsonSerializer.Serialize(new
            {
                total = cs.Total,
                hits = cs.Hits.Select(h => h.Code + " " + h.Score + " " + h.Snippet.Field + "|" + h.Snippet.Text + "|" + string.Join(';', h.Snippet.Marks.Select(m => m[0] + "," + m[1]))),
                departments = cs.Departments.Select(f => f.Value + " " + f.Count),
                categories = cs.Categories.Select(f => f.Value + " " + f.Count),
            });
            if (JsonSerializer.Serialize(browser) != expected)
            {
                mismatches.Add($"{line}\n  C#: {expected}\n  JS: {json}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    /// <summary>search.js <c>shardOf</c> and <see cref="PowerList.Search.Indexing.Fnv.Shard"/> agree on terms and codes, for counts around powers of two and large ones.</summary>
    [BrowserFact]
    public async Task Browser_shard_function_is_the_csharp_one()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(BrowserHost.Origin + "blank.html");
        string[] texts = ["许可", "行政处罚", "营业执照核发", "qzxwv", "650200-JTYSJ-XK-0001", "𠀀字", "a"];
        int[] counts = [1, 2, 3, 7, 8, 9, 63, 64, 65, 1563, 4097, 1 << 20, (1 << 30) + 5];
        var browser = await page.EvaluateAsync<int[]>(
            "([texts, counts]) => texts.flatMap(t => counts.map(c => PowerListSearch.shardOf(t, c)))", new object[] { texts, counts });
        browser.ShouldBe(texts.SelectMany(t => counts.Select(c => PowerList.Search.Indexing.Fnv.Shard(t, c))).ToArray());
        browser.Distinct().Count().ShouldBeGreaterThan(counts.Length, "the shards differ between texts");
    }

    [BrowserFact]
    public async Task Type_a_query_filter_by_department_and_open_a_result()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(BrowserHost.Origin + "search/");
        (await page.Locator("#search-nojs").IsHiddenAsync()).ShouldBeTrue();
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.TypeAsync("许可");
        await page.Keyboard.PressAsync("Enter");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("找到");
        (await status.GetAttributeAsync("aria-live")).ShouldBe("polite");
        (await page.Locator("#search-results mark").CountAsync()).ShouldBeGreaterThan(0);

        await page.Locator("#search-dept").SelectOptionAsync("jtysj");
        await Assertions.Expect(status).ToContainTextAsync("找到 2 条结果");
        page.Url.ShouldContain("dept=jtysj");
        page.Url.ShouldContain("q=" + Uri.EscapeDataString("许可"));
        var metas = await page.Locator("#search-results .search-meta").AllTextContentsAsync();
        metas.ShouldAllBe(m => m.Contains("交通运输局"));

        var first = page.Locator("#search-results a").First;
        (await first.TextContentAsync()).ShouldBe("道路运输经营许可");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/entry/650200-JTYSJ-XK-0001/$"));
        (await page.Locator("h1").TextContentAsync()).ShouldBe("650200-JTYSJ-XK-0001");
    }

    [BrowserFact]
    public async Task A_shared_url_restores_the_search_and_nothing_found_shows_help()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(BrowserHost.Origin + "search/?q=" + Uri.EscapeDataString("營業執照") + "&cat=xk");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("找到");
        (await page.Locator("#search-q").InputValueAsync()).ShouldBe("營業執照");
        (await page.Locator("#search-cat").InputValueAsync()).ShouldBe("xk");
        (await page.Locator("#search-results a").First.TextContentAsync()).ShouldBe("营业执照核发");

        await page.Locator("#search-q").FillAsync("<img src=x onerror=alert(1)>不存在");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("没有找到");
        (await page.Locator("#search-help").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("#search-status img").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Show_more_results_survives_an_input_that_leaves_the_query_unchanged()
    {
        var page = await host.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(BrowserHost.Origin + "search/?q=" + Uri.EscapeDataString("处罚"));
        var items = page.Locator("#search-results li");
        await Assertions.Expect(items).ToHaveCountAsync(10);
        await page.Locator("#search-more").ClickAsync();
        await Assertions.Expect(items).ToHaveCountAsync(20);

        await page.Locator("#search-q").PressAsync("End");
        await page.Keyboard.TypeAsync(" "); // an input event; the query stays 处罚
        await page.Clock.RunForAsync(1000); // past the debounce
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("显示前 20 条");
        (await items.CountAsync()).ShouldBe(20);

        host.Index.Search("处罚 决定").Total.ShouldBeGreaterThan(20);
        await page.Keyboard.TypeAsync("决定"); // a new query starts again at 10
        await page.Clock.RunForAsync(1000);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("显示前 10 条");
        await Assertions.Expect(items).ToHaveCountAsync(10);
    }

    [BrowserFact]
    public async Task Without_DecompressionStream_the_page_keeps_the_browse_message()
    {
        var page = await host.NewPageAsync();
        await page.AddInitScriptAsync("delete window.DecompressionStream;");
        await page.GotoAsync(BrowserHost.Origin + "search/?q=" + Uri.EscapeDataString("许可"));
        (await page.Locator("#search-nojs").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("#search-form").IsHiddenAsync()).ShouldBeTrue();
    }
}
