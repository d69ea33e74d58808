using Microsoft.Playwright;
using PowerList.Cli.Commands.Serving;
using PowerList.Diagnostics;
using PowerList.Tests.Site;
using PowerList.Versions.Snapshots;

namespace PowerList.BrowserTests;

/// <summary>
/// The three-release fixture (tests/PowerList.Tests/Versions/ThreeReleases: 2023, 2024, 2025 and current lists),
/// released into a temporary lists folder, built with the default contributors and served by the preview server and
/// nginx (<see cref="SiteHosts"/>), and a browser.
/// </summary>
public sealed class ServedReleases : IAsyncLifetime
{
    private string _dir = "";
    private IPlaywright? _playwright;

    public SiteHosts Hosts { get; private set; } = null!;

    /// <summary>The preview server (<c>powerlist serve</c>'s).</summary>
    public DevServer Server => Hosts.Preview;

    /// <summary>The site's address on <paramref name="server"/>.</summary>
    public Task<string> UrlAsync(WebServer server) => Hosts.UrlAsync(server);

    public IBrowser? Browser { get; private set; }

    public string Url => Server.Url;

    public async Task InitializeAsync()
    {
        _dir = SiteTestSupport.NewTempFolder("browser-releases");
        var fixture = Path.Combine(SiteTestSupport.RepoRoot, "tests", "PowerList.Tests", "Versions", "ThreeReleases");
        var lists = Path.Combine(_dir, "lists");
        var store = new ReleaseStore(lists);
        foreach (var version in new[] { "2023", "2024", "2025" })
        {
            var path = Path.Combine(fixture, version + ".json");
            var bytes = await File.ReadAllBytesAsync(path);
            var bag = new DiagnosticBag();
            var release = SnapshotReader.ReadRelease(bytes)!;
            store.Create(SnapshotReader.Read(bytes, path, lists, bag)!, release, bag).ShouldNotBeNull();
        }

        var currentPath = Path.Combine(fixture, "current.json");
        var current = SnapshotReader.Read(await File.ReadAllBytesAsync(currentPath), currentPath, lists, new DiagnosticBag())!;
        var site = Path.Combine(_dir, "site");
        SiteTestSupport.Build(current, site, precompress: PowerList.Site.Compression.Precompression.Default);
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
