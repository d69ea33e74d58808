using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using PowerList.Cli.Commands;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests.Serving;

/// <summary>
/// <c>powerlist serve</c> on a copy of the sample lists: a broken save shows the build's errors over the open page
/// (file:line:col, code, message, a link that opens the file in the editor) and the fix takes the overlay away.
/// </summary>
public sealed class ServeOverlayBrowserTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("serve-overlay");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [BrowserFact]
    public async Task The_overlay_appears_on_a_broken_save_and_goes_on_the_fix()
    {
        var lists = Path.Combine(_dir, "lists");
        CopyFolder(SiteTestSupport.FixtureLists, lists);
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var runner = new SiteBuildRunner(lists, Path.Combine(_dir, "site"), null) { WaitForCleanup = false, ReuseUnchangedFiles = true };
        var serve = Task.Run(() => ServeCommand.RunAsync(runner, port, TextWriter.Null, TextWriter.Null, stop.Token));
        var url = $"http://127.0.0.1:{port}/";
        await WaitUntilServing(url, serve);

        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(url + "entry/650200-SCJG-XK-0001/");
            (await page.Locator("h1").InnerTextAsync()).ShouldBe("食品经营许可");
            (await page.Locator("#powerlist-overlay").CountAsync()).ShouldBe(0);

            // A broken save: an unclosed flow sequence.
            var file = Path.Combine(lists, "fgw", "cf.yaml");
            var good = await File.ReadAllTextAsync(file);
            await File.WriteAllTextAsync(file, good + "  - code: [650200-FGW-CF-0999\n");
            var overlay = page.Locator("#powerlist-overlay");
            await overlay.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 60_000 });
            var text = await overlay.InnerTextAsync();
            text.ShouldContain("生成失败");
            text.ShouldContain("error PL01");
            var open = overlay.Locator("li a").First;
            var where = await open.InnerTextAsync();
            where.ShouldMatch(@"^fgw/cf\.yaml:\d+:\d+$");
            var editor = await open.GetAttributeAsync("href");
            editor.ShouldNotBeNull();
            editor.ShouldStartWith("vscode://file/");
            editor.ShouldEndWith(where[where.IndexOf(':', StringComparison.Ordinal)..]);
            Uri.UnescapeDataString(editor).ShouldContain(file.Replace('\\', '/'));
            // The page under it is still the last good one.
            (await page.Locator("h1").InnerTextAsync()).ShouldBe("食品经营许可");

            // The fix: the page reloads and the overlay is gone.
            await File.WriteAllTextAsync(file, good);
            await page.WaitForFunctionAsync("() => document.getElementById('powerlist-overlay') === null && document.querySelector('h1') !== null", null, new() { Timeout = 60_000 });
            await Task.Delay(500);
            (await page.Locator("#powerlist-overlay").CountAsync()).ShouldBe(0);
            (await page.Locator("h1").InnerTextAsync()).ShouldBe("食品经营许可");
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
            await stop.CancelAsync();
            await serve;
        }
    }

    private static async Task WaitUntilServing(string url, Task serve)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            if (serve.IsCompleted)
            {
                throw new InvalidOperationException($"serve stopped with exit code {await (Task<int>)serve}");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Still building.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("serve did not start within 120 s");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
