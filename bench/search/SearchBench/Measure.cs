using System.Text.Json;
using Microsoft.Playwright;

namespace SearchBench;

/// <summary>
/// For each query, a fresh Chromium context (cold cache): load the engine, search, load the top 10 results' data.
/// Counts bytes served under /search-index/ + /assets/search.js (ours) or /pagefind/ (Pagefind), uncompressed, and the
/// time from loading the engine to having the top 10. Files are served from disk through Playwright routing.
/// </summary>
public static class Measure
{
    private const string Origin = "http://bench.test/";

    private const string Ours = """
        async (q) => {
          const t0 = performance.now();
          await new Promise((ok, fail) => { const s = document.createElement('script'); s.src = '/assets/search.js'; s.onload = ok; s.onerror = fail; document.head.appendChild(s); });
          const r = await new PowerListSearch.Engine('/search-index/').search({ query: q, limit: 10, facets: false });
          return JSON.stringify({ ms: performance.now() - t0, codes: r.hits.map(h => h.code), total: r.total });
        }
        """;

    private const string Pagefind = """
        async (q) => {
          const t0 = performance.now();
          const pf = await import('/pagefind/pagefind.js');
          await pf.init();
          const search = await pf.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
          return JSON.stringify({ ms: performance.now() - t0, codes: data.map(d => (d.url.match(/entry\/([^/]+)\//) || [])[1] || d.url), total: search.results.length });
        }
        """;

    public static async Task<int> Run(string site, string queryFile)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var lines = File.ReadAllLines(queryFile).Select(l => l.Split('\t')).ToList();
        var results = new Dictionary<string, List<(string Kind, long Bytes, long Gzip, double Ms, double Recall, bool Hit)>> { ["ours"] = [], ["pagefind"] = [] };
        var hasPagefind = File.Exists(Path.Combine(site, "pagefind", "pagefind.js"));
        foreach (var parts in lines)
        {
            var (kind, query, relevant) = (parts[0], parts[1], parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet());
            foreach (var engine in hasPagefind ? new[] { "ours", "pagefind" } : ["ours"])
            {
                await using var context = await browser.NewContextAsync();
                long bytes = 0;
                long gzipped = 0;
                await context.RouteAsync(Origin + "**", async route =>
                {
                    var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
                    var full = Path.Combine(site, path);
                    if (!File.Exists(full))
                    {
                        await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
                        return;
                    }

                    var body = await File.ReadAllBytesAsync(full);
                    if (path.StartsWith("search-index/", StringComparison.Ordinal) || path == "assets/search.js" || path.StartsWith("pagefind/", StringComparison.Ordinal))
                    {
                        Interlocked.Add(ref bytes, body.Length);
                        Interlocked.Add(ref gzipped, GzipLength(body, path));
                    }

                    var type = path.EndsWith(".jgz") || path.EndsWith(".bgz") ? "application/octet-stream" : path.EndsWith(".js") ? "text/javascript" : path.EndsWith(".wasm") ? "application/wasm" : path.EndsWith(".html") ? "text/html; charset=utf-8" : path.EndsWith(".json") ? "application/json" : "application/octet-stream";
                    await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = body, ContentType = type });
                });
                var page = await context.NewPageAsync();
                await page.GotoAsync(Origin + "bench-empty.html");
                var json = await page.EvaluateAsync<string>(engine == "ours" ? Ours : Pagefind, query);
                var r = JsonDocument.Parse(json).RootElement;
                var codes = r.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
                var found = codes.Count(relevant.Contains);
                var recall = relevant.Count == 0 ? 1 : (double)found / Math.Min(10, relevant.Count);
                results[engine].Add((kind, bytes, gzipped, r.GetProperty("ms").GetDouble(), recall, found > 0 || relevant.Count == 0));
                Console.WriteLine($"{engine}\t{kind}\t{query}\t{bytes}\tgzip {gzipped}\t{r.GetProperty("ms").GetDouble():F0} ms\ttotal {r.GetProperty("total").GetInt32()}\trecall@10 {recall:F2}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| engine | query kind | queries | median bytes | max bytes | median bytes gzip | median ms | recall@10 | hit@10 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (engine, rows) in results.Where(r => r.Value.Count > 0))
        {
            foreach (var group in rows.GroupBy(r => r.Kind).Append(rows.GroupBy(_ => "all").First()))
            {
                var list = group.ToList();
                Console.WriteLine($"| {engine} | {group.Key} | {list.Count} | {Median(list.Select(x => (double)x.Bytes)):F0} | {list.Max(x => x.Bytes)} | {Median(list.Select(x => (double)x.Gzip)):F0} | {Median(list.Select(x => x.Ms)):F0} | {list.Average(x => x.Recall):F2} | {list.Count(x => x.Hit)}/{list.Count} |");
            }
        }

        return 0;
    }

    /// <summary>What a server compressing on the fly (gzip -6) would send; Pagefind's own files and ours (*.jgz, *.bgz) are already gzip-compressed, so they are counted as they are.</summary>
    private static long GzipLength(byte[] body, string path)
    {
        if ((path.StartsWith("pagefind/", StringComparison.Ordinal) && !path.EndsWith(".js", StringComparison.Ordinal) && !path.EndsWith(".css", StringComparison.Ordinal))
            || path.EndsWith(".jgz", StringComparison.Ordinal) || path.EndsWith(".bgz", StringComparison.Ordinal))
        {
            return body.Length;
        }

        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.Length;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
