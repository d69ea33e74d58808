using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PowerList.Search.Querying;
using PowerList.Tests.Search;
using Xunit.Abstractions;

namespace PowerList.BrowserTests.Search;

/// <summary>
/// search.js on the real default list's site: the everyday query set (<c>tests/fixtures/everyday-queries.tsv</c>)
/// reaches the same figures as the C# engine (and the same hits), and a reader browses by filters alone.
/// </summary>
public sealed class EverydaySearchBrowserTests(RealSite site, ITestOutputHelper output) : IClassFixture<RealSite>
{
    [BrowserFact]
    public async Task Everyday_queries_find_the_right_entries_in_the_browser_engine()
    {
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Server.Url + "search/");
        var engine = SearchEngine.FromFolder(Path.Combine(site.SiteFolder, "search-index"));
        var queries = EverydaySet.Load();
        var js = new Dictionary<string, List<string>>();
        var mismatches = new List<string>();
        foreach (var q in queries)
        {
            var codes = await page.EvaluateAsync<string[]>("""
                async ([query, index]) => {
                  const r = await new PowerListSearch.Engine(index).search({ query, limit: 10 });
                  return r.hits.map(h => h.code + ' ' + h.score + (h.partial ? ' partial' : ''));
                }
                """, new object[] { q.Text, site.Server.Url + "search-index/" });
            js[q.Text] = codes.Select(c => c.Split(' ')[0]).ToList();
            var cs = engine.Search(new SearchRequest(q.Text)).Hits.Select(h => h.Code + " " + h.Score + (h.Partial ? " partial" : "")).ToList();
            if (!cs.SequenceEqual(codes))
            {
                mismatches.Add($"{q.Text}\n  C#: {string.Join(", ", cs)}\n  JS: {string.Join(", ", codes)}");
            }
        }

        var report = EverydaySet.Evaluate(queries, q => js[q]);
        output.WriteLine($"search.js, {report.Count} queries: top-1 {report.Top1:P1}, nDCG@10 {report.Ndcg:0.000}");
        report.Failures.ToList().ForEach(output.WriteLine);
        mismatches.ShouldBeEmpty();
        queries.Where(q => q.Unanswerable).ShouldAllBe(q => js[q.Text].Count == 0);
        report.Top1.ShouldBeGreaterThanOrEqualTo(EverydaySet.Top1Floor, string.Join('\n', report.Failures));
        report.Ndcg.ShouldBeGreaterThanOrEqualTo(EverydaySet.NdcgFloor, string.Join('\n', report.Failures));
    }

    [BrowserFact]
    public async Task A_filter_only_search_shows_results()
    {
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Server.Url + "search/");
        // With no query the filters are filled from every entry (counts), and choosing one lists its entries.
        await Assertions.Expect(page.Locator("#search-dept option[value=daj]")).ToHaveCountAsync(1);
        await page.Locator("#search-dept").SelectOptionAsync("daj");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("dept=daj"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("找到");
        var metas = await page.Locator("#search-results .search-meta").AllTextContentsAsync();
        metas.Count.ShouldBeGreaterThan(0);
        metas.ShouldAllBe(m => m.Contains("650200-DAJ-"));
        (await page.Locator("#search-status").TextContentAsync())!.ShouldNotContain("请输入");

        // The same from a shared URL, with a category too.
        await page.GotoAsync(site.Server.Url + "search/?dept=daj&cat=qt");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("找到");
        var filtered = await page.Locator("#search-results .search-meta").AllTextContentsAsync();
        filtered.ShouldAllBe(m => m.Contains("650200-DAJ-QT-"));
    }

    [BrowserFact]
    public async Task Partial_matches_are_marked_and_a_typo_offers_the_corrected_query()
    {
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(site.Server.Url + "search/?q=" + Uri.EscapeDataString("营叶执照"));
        await Assertions.Expect(page.Locator("#search-suggest a")).ToHaveTextAsync(new Regex("^营业 ?执照$")); // 执照 is a synonym term: its own word
        await Assertions.Expect(page.Locator("#search-results li").First).ToContainTextAsync("营业执照");

        await page.GotoAsync(site.Server.Url + "search/?q=" + Uri.EscapeDataString("网约车 驾驶员"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("部分匹配");
        await Assertions.Expect(page.Locator("#search-results .search-partial").First).ToHaveTextAsync("部分匹配");
    }
}
