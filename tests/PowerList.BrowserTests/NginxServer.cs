using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PowerList.Tests.Site;

namespace PowerList.BrowserTests;

/// <summary>
/// Debian nginx serving a built site folder on a free loopback port, with the shipped <c>deploy/nginx.conf</c>
/// filled in (its <c>@LISTEN@</c> and <c>@ROOT@</c>) and included in a minimal main configuration of its own
/// (prefix, pid, logs and temporary folders in a temporary folder): a foreground process
/// (<c>nginx -p … -c … -g 'daemon off; pid …; error_log …;'</c>), stopped on dispose.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    /// <summary>Where Debian's <c>nginx</c> package puts it (installed by scripts/install-deps.sh).</summary>
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _prefix;

    private NginxServer(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Url = $"http://127.0.0.1:{port}/";
    }

    public string Url { get; }

    /// <summary>The shipped server block, as in the repository.</summary>
    public static string ShippedConfig => File.ReadAllText(Path.Combine(SiteTestSupport.RepoRoot, "deploy", "nginx.conf"));

    /// <summary>Whether nginx is installed; without it the nginx tests skip, or fail under CI (<see cref="NginxDataAttribute"/>).</summary>
    public static bool Installed => File.Exists(NginxPath);

    public static async Task<NginxServer> StartAsync(string siteFolder)
    {
        if (!Installed)
        {
            throw new FileNotFoundException($"没有 {NginxPath}：运行 scripts/install-deps.sh 安装 Debian 的 nginx。");
        }

        var prefix = SiteTestSupport.NewTempFolder("nginx");
        var port = FreePort();
        var server = ShippedConfig.Replace("@LISTEN@", $"127.0.0.1:{port}").Replace("@ROOT@", Path.GetFullPath(siteFolder));
        File.WriteAllText(Path.Combine(prefix, "powerlist.conf"), server);
        var temp = string.Concat(new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }
            .Select(t => $"    {t}_temp_path {Path.Combine(prefix, t)};\n"));
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            worker_processes 1;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
            {{temp}}    include {{Path.Combine(prefix, "powerlist.conf")}};
            }

            """);
        var start = new ProcessStartInfo(NginxPath)
        {
            ArgumentList =
            {
                "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"),
                "-g", $"daemon off; pid {Path.Combine(prefix, "nginx.pid")}; error_log {Path.Combine(prefix, "error.log")};",
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        var nginx = new NginxServer(process, prefix, port);
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(prefix, "error.log")) ? File.ReadAllText(Path.Combine(prefix, "error.log")) : "";
                throw new InvalidOperationException($"nginx 退出了（{process.ExitCode}）：{await stderr}{log}");
            }

            if (await Answers(port))
            {
                return nginx;
            }

            if (DateTime.UtcNow > deadline)
            {
                await nginx.DisposeAsync();
                throw new TimeoutException($"nginx 20 秒内没有在 127.0.0.1:{port} 上应答。");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
