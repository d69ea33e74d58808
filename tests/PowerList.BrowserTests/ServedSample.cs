using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// The sample site, built as <c>powerlist build</c> does (with precompressed copies) and served on 127.0.0.1 by the same
/// server as <c>powerlist serve</c> and, on first use, by nginx (<see cref="SiteHosts"/>), and a browser.
/// </summary>
public sealed class ServedSample : IAsyncLifetime
{
    private string _dir = "";
    private IPlaywright? _playwright;

    public SiteHosts Hosts { get; private set; } = null!;

    /// <summary>The preview server (<c>powerlist serve</c>'s).</summary>
    public DevServer Server => Hosts.Preview;

    public string SiteFolder => Path.Combine(_dir, "site");

    /// <summary>The site's address on <paramref name="server"/>.</summary>
    public Task<string> UrlAsync(WebServer server) => Hosts.UrlAsync(server);

    public IBrowser? Browser { get; private set; }

    public string Url => Server.Url;

    public async Task InitializeAsync()
    {
        _dir = SiteTestSupport.NewTempFolder("browser");
        var site = Path.Combine(_dir, "site");
        // One entry per page, so that page links and the group index are on the pages axe checks.
        SiteTestSupport.Build(SampleLists.Create(), site, new PowerList.Site.Pages.PageOptions { EntriesPerPage = 1 }, PowerList.Site.Compression.Precompression.Default);
        Hosts = await SiteHosts.StartAsync(site);
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
        await Hosts.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
