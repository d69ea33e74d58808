using System.Text;
using HandlebarsDotNet;
using Microsoft.Playwright;

using PowerList.Tests.Search;

namespace PowerList.BrowserTests.Search;

/// <summary>
/// Chromium (the system /usr/bin/chromium, no <c>playwright install</c>) with every request to http://search.test/
/// answered from memory: the index of the synthetic search fixture, site-templates/assets/search.js, the search page rendered from
/// site-templates/pages/search.hbs in a minimal layout, and a stub page per entry. Counts the bytes served.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string Origin = "http://search.test/";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public BuiltIndex Index { get; } = BuiltIndex.Fixture;

    public async Task InitializeAsync()
    {
        if (File.Exists(PowerList.BrowserTests.Browser.ChromiumPath) || Environment.GetEnvironmentVariable("CI") == "true")
        {
            (playwright, Browser) = await PowerList.BrowserTests.Browser.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
    }

    public async Task<IPage> NewPageAsync(List<string>? requests = null)
    {
        var context = await Browser!.NewContextAsync();
        await context.RouteAsync(Origin + "**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
            requests?.Add(path);
            var (body, type) = Serve(path);
            if (body is null)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = body, ContentType = type });
        });
        return await context.NewPageAsync();
    }

    private (byte[]? Body, string Type) Serve(string path)
    {
        var root = BuiltIndex.RepoRoot();
        if (path == "assets/search.js")
        {
            return (File.ReadAllBytes(Path.Combine(root, "site-templates", "assets", "search.js")), "text/javascript; charset=utf-8");
        }

        if (path == "blank.html")
        {
            return (Html("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>t</title><script src=\"assets/search.js\"></script></html>"), "text/html; charset=utf-8");
        }

        if (path == "search/" || path == "search/index.html")
        {
            var hbs = Handlebars.Create();
            hbs.RegisterTemplate("layout",
                "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>检索</title></head><body><main>{{> @partial-block}}</main>" +
                "<script src=\"../assets/search.js\"></script></body></html>");
            var template = hbs.Compile(File.ReadAllText(Path.Combine(root, "site-templates", "pages", "search.hbs")));
            return (Html(template(new { frame = new { root = "../" } })), "text/html; charset=utf-8");
        }

        if (path.StartsWith("entry/", StringComparison.Ordinal))
        {
            var code = path.Split('/')[1];
            return (Html($"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>{code}</title><h1>{code}</h1></html>"), "text/html; charset=utf-8");
        }

        return Index.Files.TryGetValue(path, out var bytes) ? (bytes, "application/octet-stream") : (null, "");
    }

    private static byte[] Html(string html) => Encoding.UTF8.GetBytes(html);
}
