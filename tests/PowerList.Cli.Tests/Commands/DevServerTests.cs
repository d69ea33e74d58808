using System.Net;
using PowerList.Cli.Commands.Serving;

namespace PowerList.Cli.Tests.Commands;

/// <summary>The preview server of <c>powerlist serve</c>: only files inside the site folder, reload script injected only into responses.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "devserver-" + Guid.NewGuid().ToString("N"));
    private DevServer _server = null!;
    private HttpClient _http = null!;

    private string Site => Path.Combine(_dir, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Site, "entry", "A-1"));
        Directory.CreateDirectory(Path.Combine(Site, "assets"));
        await File.WriteAllTextAsync(Path.Combine(Site, "index.html"), "<html><body><h1>首页</h1></body></html>");
        await File.WriteAllTextAsync(Path.Combine(Site, "entry", "A-1", "index.html"), "<html><body><h1>事项</h1></body></html>");
        await File.WriteAllTextAsync(Path.Combine(Site, "404.html"), "<html><body><h1>找不到</h1></body></html>");
        await File.WriteAllTextAsync(Path.Combine(Site, "assets", "site.css"), "body{}");
        await File.WriteAllTextAsync(Path.Combine(_dir, "secret.txt"), "outside the site");
        _server = await DevServer.StartAsync(Site, 0);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.Url) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Listens_on_the_loopback_address_only()
    {
        new Uri(_server.Url).Host.ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task Serves_folders_as_index_html_with_the_reload_script_injected_but_not_written()
    {
        var html = await _http.GetStringAsync("entry/A-1/");

        html.ShouldContain("<h1>事项</h1>");
        html.ShouldContain(DevServer.ReloadScript);
        html.IndexOf(DevServer.ReloadScript, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("</body>", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(Site, "entry", "A-1", "index.html")).ShouldNotContain("EventSource");
    }

    [Fact]
    public async Task The_reload_script_is_served_by_the_server_only()
    {
        var response = await _http.GetAsync(DevServer.ReloadScriptPath.TrimStart('/'));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await response.Content.ReadAsStringAsync()).ShouldContain(DevServer.EventsPath);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(DevServer.ContentSecurityPolicy);
        Directory.GetFiles(Site, "*.js", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_without_a_trailing_slash_redirects()
    {
        var response = await _http.GetAsync("entry/A-1");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/entry/A-1/");
    }

    [Fact]
    public async Task Unknown_paths_get_404_html_with_status_404()
    {
        var response = await _http.GetAsync("no/such/page/");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("找不到");
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("%2e%2e/secret.txt")]
    [InlineData("assets/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("..%2fsecret.txt")]
    [InlineData("..%5csecret.txt")]
    public async Task Paths_leading_outside_the_site_are_refused(string path)
    {
        var response = await _http.GetAsync(path);

        (await response.Content.ReadAsStringAsync()).ShouldNotContain("outside the site");
    }

    /// <summary>
    /// Something planted in the site folder that is not a plain file of it: a link to a file outside (the issue's
    /// <c>/etc/passwd</c>), a link to a folder outside, a link inside the site, a FIFO (opening it would hang the
    /// request), a link to a device. Each gets 404 and none of the outside text; the request returns.
    /// </summary>
    [Theory]
    [InlineData("file-link-outside", "passwd.txt")]
    [InlineData("folder-link-outside", "etc/secret.txt")]
    [InlineData("link-inside", "copy.html")]
    [InlineData("fifo", "pipe.txt")]
    [InlineData("device-link", "zero.txt")]
    public async Task Only_plain_files_inside_the_site_are_served(string kind, string request)
    {
        var planted = Path.Combine(Site, request.Split('/')[0]);
        switch (kind)
        {
            case "file-link-outside":
                File.CreateSymbolicLink(planted, Path.Combine(_dir, "secret.txt"));
                break;
            case "folder-link-outside":
                Directory.CreateSymbolicLink(planted, _dir);
                break;
            case "link-inside":
                File.CreateSymbolicLink(planted, Path.Combine(Site, "index.html"));
                break;
            case "fifo":
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [planted]))
                {
                    await mkfifo.WaitForExitAsync();
                    mkfifo.ExitCode.ShouldBe(0);
                }

                break;
            case "device-link":
                File.CreateSymbolicLink(planted, "/dev/zero");
                break;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await _http.GetAsync(request, timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("outside the site");
        body.ShouldNotContain("首页");
        body.ShouldContain("找不到");
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/assets/../../secret.txt")]
    [InlineData("/a\\..\\..\\secret.txt")]
    public void Resolve_refuses_paths_outside_the_root(string path)
    {
        DevServer.Resolve(Path.GetFullPath(Site) + Path.DirectorySeparatorChar, path).ShouldBeNull();
    }

    [Fact]
    public async Task Open_pages_hear_reload_after_a_rebuild()
    {
        using var stream = await _http.GetStreamAsync(DevServer.EventsPath.TrimStart('/'));
        using var reader = new StreamReader(stream);
        (await reader.ReadLineAsync()).ShouldBe(": connected");
        await reader.ReadLineAsync();
        for (var i = 0; i < 100 && _server.Hub.Clients == 0; i++)
        {
            await Task.Delay(20);
        }

        _server.Hub.Send("reload");

        (await reader.ReadLineAsync()).ShouldBe("data: reload");
    }
}
