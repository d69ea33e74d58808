using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests.Search;

/// <summary>The site of the repository's default list (<c>lists/</c>, real Karamay data) built with every contributor, served by the preview server and nginx, and a browser.</summary>
public sealed class RealSite : IAsyncLifetime
{
    private string dir = "";
    private IPlaywright? playwright;

    public SiteHosts Hosts { get; private set; } = null!;

    /// <summary>The preview server (<c>powerlist serve</c>'s).</summary>
    public DevServer Server => Hosts.Preview;

    /// <summary>The site's address on <paramref name="server"/>.</summary>
    public Task<string> UrlAsync(WebServer server) => Hosts.UrlAsync(server);

    public IBrowser? Browser { get; private set; }

    public string SiteFolder => Path.Combine(dir, "site");

    public async Task InitializeAsync()
    {
        dir = SiteTestSupport.NewTempFolder("search-real");
        SiteTestSupport.Build(SiteTestSupport.Load(SiteTestSupport.DefaultLists), SiteFolder, precompress: PowerList.Site.Compression.Precompression.Default);
        Hosts = await SiteHosts.StartAsync(SiteFolder);
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
        await Hosts.DisposeAsync();
        Directory.Delete(dir, recursive: true);
    }
}
