using Microsoft.Playwright;
using PowerList.Tests.Search;

namespace SearchBench;

/// <summary>
/// The everyday set (<c>tests/fixtures/everyday-queries.tsv</c>) on Pagefind and on ours over the same built site: each
/// query's top 10 entry codes from Pagefind (its own pagefind.js in Chromium, files served from disk) and from our C#
/// engine (the same hits as search.js), judged by <see cref="EverydaySet"/>, the code the tests use (linked source).
/// </summary>
public static class PagefindEveryday
{
    private const string Origin = "http://bench.test/";

    private const string Search = """
        async (q) => {
          const pf = await import('/pagefind/pagefind.js');
          await pf.init();
          const search = await pf.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
          return data.map(d => (d.url.match(/entry\/([^/]+)\//) || [])[1] || d.url);
        }
        """;

    public static async Task<int> Run(string site)
    {
        var queries = EverydaySet.Load();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        await using var context = await browser.NewContextAsync();
        await context.RouteAsync(Origin + "**", async route =>
        {
            var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
            var full = Path.Combine(site, path);
            if (path.Length == 0 || !File.Exists(full))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = path.Length == 0 ? 200 : 404, Body = "<!doctype html><meta charset=\"utf-8\"><title>bench</title>", ContentType = "text/html; charset=utf-8" });
                return;
            }

            var type = path.EndsWith(".js") ? "text/javascript" : path.EndsWith(".wasm") ? "application/wasm" : path.EndsWith(".json") ? "application/json" : "application/octet-stream";
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = await File.ReadAllBytesAsync(full), ContentType = type });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Origin);
        var pagefind = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            pagefind[q.Text] = await page.EvaluateAsync<string[]>(Search, q.Text);
        }

        var engine = PowerList.Search.Querying.SearchEngine.FromFolder(Path.Combine(site, "search-index"));
        var ours = queries.ToDictionary(q => q.Text, q => (IReadOnlyList<string>)engine.Search(new PowerList.Search.Querying.SearchRequest(q.Text, Facets: false)).Hits.Select(h => h.Code).ToList());
        foreach (var (name, results) in new[] { ("ours", ours), ("pagefind", pagefind) })
        {
            var report = EverydaySet.Evaluate(queries, q => results[q]);
            Console.WriteLine($"{name}: {report.Count} queries, top-1 {report.Top1:P1}, nDCG@10 {report.Ndcg:0.000}, nothing found for {results.Values.Count(r => r.Count == 0)}");
            foreach (var kind in report.Kinds)
            {
                Console.WriteLine($"  {kind}");
            }
        }

        foreach (var q in queries)
        {
            Console.WriteLine($"pagefind\t{q.Kind}\t{q.Text}\t{string.Join(' ', pagefind[q.Text].Take(3))}");
        }

        return 0;
    }
}
