using System.Net.Sockets;
using System.Text;
using PowerList.Cli.Commands.Serving;

namespace PowerList.Cli.Tests.Security;

/// <summary>
/// The preview server under raw HTTP requests (written byte for byte on a socket, so no client normalises the
/// path first): traversal in every spelling, encoded backslashes, absolute paths, NUL and CR/LF, absolute-form
/// targets, protocol-relative redirects, garbage. Nothing outside the site folder is ever sent, every request gets
/// a well-formed answer below 500, and the server still serves afterwards.
/// </summary>
public sealed class ServeRawRequestTests : IAsyncLifetime
{
    private const string Secret = "SECRET-OUTSIDE-THE-SITE";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "raw-serve-" + Guid.NewGuid().ToString("N"));
    private DevServer _server = null!;

    private string Site => Path.Combine(_dir, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Site, "entry", "A-1"));
        Directory.CreateDirectory(Path.Combine(Site, "evil.example"));
        await File.WriteAllTextAsync(Path.Combine(Site, "index.html"), "<html><body><h1>首页</h1></body></html>");
        await File.WriteAllTextAsync(Path.Combine(Site, "entry", "A-1", "index.html"), "<html><body>事项</body></html>");
        await File.WriteAllTextAsync(Path.Combine(Site, "evil.example", "index.html"), "<html><body>x</body></html>");
        await File.WriteAllTextAsync(Path.Combine(Site, "404.html"), "<html><body>找不到</body></html>");
        await File.WriteAllTextAsync(Path.Combine(_dir, "secret.txt"), Secret);
        await File.WriteAllTextAsync(Path.Combine(_dir, "site.secret"), Secret);
        _server = await DevServer.StartAsync(Site, 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string> Targets()
    {
        var data = new TheoryData<string>
        {
            "/../secret.txt",
            "/../../../../../../etc/passwd",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/..%2fsecret.txt",
            "/entry/A-1/..%2f..%2f..%2fsecret.txt",
            "/entry/%2e%2e/%2e%2e/secret.txt",
            "/%252e%252e/secret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/..%5csecret.txt",
            "/%5c..%5csecret.txt",
            "/..\\secret.txt",
            "/entry\\..\\..\\secret.txt",
            "//etc/passwd",
            "/%2fetc%2fpasswd",
            "/C:/Windows/win.ini",
            "/index.html%00.txt",
            "/%00",
            "/..%00/secret.txt",
            "/%0d%0aSet-Cookie:%20x=1",
            "/../site.secret",
            "/..;/secret.txt",
            "http://127.0.0.1/../secret.txt",
            "*",
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Requests_outside_the_site_are_refused_cleanly(string target)
    {
        var response = await Raw($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        response.ShouldNotContain(Secret);
        response.ShouldNotContain("root:");
        response.ShouldStartWith("HTTP/1.1 ");
        var status = int.Parse(response.AsSpan(9, 3));
        status.ShouldBeLessThan(500, response);
        response.ShouldNotContain("Set-Cookie", Case.Insensitive);
        (await Raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).ShouldContain("首页");
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("///evil.example")]
    public async Task A_folder_redirect_never_points_at_another_host(string target)
    {
        var response = await Raw($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        var location = response.Split("\r\n").FirstOrDefault(l => l.StartsWith("Location:", StringComparison.OrdinalIgnoreCase));
        if (location is not null)
        {
            location["Location:".Length..].Trim().ShouldStartWith("/");
            location["Location:".Length..].Trim().ShouldNotStartWith("//");
        }
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n")]
    [InlineData("GET\r\n\r\n")]
    [InlineData("GET / HTTP/9.9\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")]
    [InlineData("DELETE /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")]
    public async Task Malformed_requests_get_a_clean_answer_and_the_server_goes_on(string request)
    {
        var response = await Raw(request);

        // Either a 4xx (505 for an unknown HTTP version) or the connection closed without an answer; never 500.
        if (response.Length > 0)
        {
            response.ShouldStartWith("HTTP/1.1 ");
            int.Parse(response.AsSpan(9, 3)).ShouldBeInRange(400, 505);
            response.ShouldNotStartWith("HTTP/1.1 500");
        }

        (await Raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).ShouldContain("首页");
        File.Exists(Path.Combine(Site, "index.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task Every_answer_carries_the_policy_and_the_reload_script_is_an_external_file()
    {
        foreach (var target in new[] { "/", "/entry/A-1/", "/no/such/", "/../secret.txt", DevServer.ReloadScriptPath })
        {
            var response = await Raw($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            response.ShouldContain("Content-Security-Policy: " + DevServer.ContentSecurityPolicy, Case.Insensitive, target);
            response.ShouldContain("X-Content-Type-Options: nosniff", Case.Insensitive, target);
        }

        var page = await Raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        page.ShouldContain(DevServer.ReloadScript);
        page.ShouldNotContain("<script>");
        var script = await Raw($"GET {DevServer.ReloadScriptPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        script.ShouldStartWith("HTTP/1.1 200");
        script.ShouldContain("text/javascript");
        script.ShouldContain("EventSource");
        File.Exists(Path.Combine(Site, "__powerlist", "reload.js")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_huge_header_is_refused_and_the_server_goes_on()
    {
        var response = await Raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + new string('a', 100_000) + "\r\nConnection: close\r\n\r\n");
        response.ShouldStartWith("HTTP/1.1 431");
        (await Raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).ShouldContain("首页");
    }

    private async Task<string> Raw(string request)
    {
        var uri = new Uri(_server.Url);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        using var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        }
        catch (IOException)
        {
            // The server may answer and close before reading a huge request.
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            return await reader.ReadToEndAsync(timeout.Token);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
