using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PowerList.Search.Querying;
using PowerList.Tests.Search;

namespace PowerList.BrowserTests.Search;

/// <summary>The real default list's site, served by the preview server and by nginx: search.js and the C# engine agree; a reader searches, filters, opens a result.</summary>
public sealed class RealSiteSearchTests(RealSite site) : IClassFixture<RealSite>
{
    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Browser_and_csharp_engines_return_the_same_top_ten_for_every_shared_query(WebServer server)
    {
        var url = await site.UrlAsync(server);
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(url + "search/");
        var engine = SearchEngine.FromFolder(Path.Combine(site.SiteFolder, "search-index"));
        var mismatches = new List<string>();
        foreach (var line in CaseFile.Queries())
        {
            var (query, department, category) = ParityQuery.Parse(line);
            var js = await page.EvaluateAsync<string>("""
                async ([query, department, category, index]) => {
                  const r = await new PowerListSearch.Engine(index).search({ query, department, category, limit: 10 });
                  const tokens = []; r.words.forEach(w => w.forEach(a => a.forEach(t => { if (!tokens.includes(t)) tokens.push(t); })));
                  const sn = h => { const s = PowerListSearch.snippetOf(h.snippet || '', tokens); return s.field + '|' + s.text + '|' + s.marks.map(m => m[0] + ',' + m[1]).join(';'); };
                  return JSON.stringify({ total: r.total, hits: r.hits.map(h => h.code + ' ' + h.score + ' ' + sn(h)) });
                }
                """, new object?[] { query, department ?? "", category ?? "", url + "search-index/" });
            var cs = engine.Search(new SearchRequest(query, department, category));
            var expected = JsonSerializer.Serialize(new { total = cs.Total, hits = cs.Hits.Select(h => h.Code + " " + h.Score + " " + h.Snippet.Field + "|" + h.Snippet.Text + "|" + string.Join(';', h.Snippet.Marks.Select(m => m[0] + "," + m[1]))) });
            if (JsonSerializer.Serialize(JsonDocument.Parse(js).RootElement) != expected)
            {
                mismatches.Add($"{line}\n  C#: {expected}\n  JS: {js}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task Type_a_query_filter_by_department_and_open_a_result(WebServer server)
    {
        var url = await site.UrlAsync(server);
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(url + "search/");
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.TypeAsync("招标");
        await page.Keyboard.PressAsync("Enter");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("找到");

        await page.Locator("#search-dept").SelectOptionAsync("jtys");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("dept=jtys"));
        await Assertions.Expect(page.Locator("#search-results .search-meta").First).ToContainTextAsync("交通运输局");
        var metas = await page.Locator("#search-results .search-meta").AllTextContentsAsync();
        metas.ShouldAllBe(m => m.Contains("交通运输局"));

        var first = page.Locator("#search-results a").First;
        var name = await first.TextContentAsync();
        name.ShouldNotBeNull();
        name.ShouldContain("招标");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/entry/650200-JTYS-[A-Z]+-[0-9]+/$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    public async Task A_result_shows_a_snippet_of_the_matched_legal_text_with_marks(WebServer server)
    {
        var url = await site.UrlAsync(server);
        var page = await site.Browser!.NewPageAsync();
        await page.GotoAsync(url + "search/?q=" + Uri.EscapeDataString("《食品安全法》第六十三条"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("找到");
        var first = page.Locator("#search-results .search-result").First;
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", new Regex("/entry/650200-FGW-CF-0018/$"));
        var snippet = first.Locator(".search-snippet");
        await Assertions.Expect(snippet.Locator(".search-snippet-field")).ToHaveTextAsync("依据：");
        var marks = await snippet.Locator("mark").AllTextContentsAsync();
        marks.ShouldContain(m => m.Contains("食品安全法"));
        marks.ShouldContain(m => m.Contains("第六十三条"));
    }

    [BrowserTheory]
    [InlineData(WebServer.Preview)]
    [NginxData]
    public async Task The_server_sends_the_compressed_index_files_as_they_are(WebServer server)
    {
        var url = await site.UrlAsync(server);
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        http.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");
        using var response = await http.GetAsync(url + "search-index/meta.jgz");
        response.IsSuccessStatusCode.ShouldBeTrue();
        response.Content.Headers.ContentEncoding.ShouldBeEmpty(); // the script decompresses, not the browser
        var body = await response.Content.ReadAsByteArrayAsync();
        body[..2].ShouldBe(new byte[] { 0x1F, 0x8B });
        body.ShouldBe(await File.ReadAllBytesAsync(Path.Combine(site.SiteFolder, "search-index", "meta.jgz")));
    }
}
