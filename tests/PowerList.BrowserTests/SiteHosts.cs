using PowerList.Cli.Commands.Serving;

namespace PowerList.BrowserTests;

/// <summary>
/// One built site folder behind each <see cref="WebServer"/>: the preview server started at once, nginx on first
/// use (so that a test run without nginx, whose nginx rows skip, never needs it).
/// </summary>
public sealed class SiteHosts : IAsyncDisposable
{
    private readonly string _site;
    private NginxServer? _nginx;

    private SiteHosts(string site, DevServer preview)
    {
        _site = site;
        Preview = preview;
    }

    public DevServer Preview { get; }

    public static async Task<SiteHosts> StartAsync(string siteFolder) => new(siteFolder, await DevServer.StartAsync(siteFolder, 0));

    /// <summary>The site's address on <paramref name="server"/>, ending in a slash.</summary>
    public async Task<string> UrlAsync(WebServer server) => server switch
    {
        WebServer.Preview => Preview.Url,
        _ => (_nginx ??= await NginxServer.StartAsync(_site)).Url,
    };

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        await Preview.DisposeAsync();
    }
}
