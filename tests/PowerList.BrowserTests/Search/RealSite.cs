using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests.Search;

/// <summary>The site of the repository's default list (<c>lists/</c>, real Karamay data) built with every contributor, served, and a browser.</summary>
public sealed class RealSite : IAsyncLifetime
{
    private string dir = "";
    private IPlaywright? playwright;

    public DevServer Server { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public string SiteFolder => Path.Combine(dir, "site");

    public async Task InitializeAsync()
    {
        dir = SiteTestSupport.NewTempFolder("search-real");
        SiteTestSupport.Build(SiteTestSupport.Load(SiteTestSupport.DefaultLists), SiteFolder);
        Server = await DevServer.StartAsync(SiteFolder, 0);
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
        await Server.DisposeAsync();
        Directory.Delete(dir, recursive: true);
    }
}
