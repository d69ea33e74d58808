using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PowerList.Cli.Tests.Commands;

/// <summary><c>powerlist serve</c> on a port in use: one Chinese line and exit 2 at once, before any build work.</summary>
public sealed class ServePortTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-serve-port-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_busy_port_is_a_one_line_error_and_exit_2_without_building()
    {
        var lists = Path.Combine(_dir, "lists");
        RepoPaths.CopySampleLists(lists);
        var output = Path.Combine(_dir, "site");
        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var clock = Stopwatch.StartNew();

            var run = await CliRun.Of("serve", lists, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", output);

            clock.Stop();
            run.ExitCode.ShouldBe(2);
            run.Err.ShouldBe($"powerlist: 端口 {port} 已被占用，请关闭占用它的程序，或用 --port 换一个端口\n");
            run.Out.ShouldBeEmpty();
            Directory.Exists(output).ShouldBeFalse("no build work before the port check");
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        }
        finally
        {
            busy.Stop();
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(70000)]
    public async Task A_port_out_of_range_is_exit_2(int port)
    {
        var run = await CliRun.Of("serve", Path.Combine(_dir, "lists"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldBe($"powerlist: 端口 {port} 无效，应在 1 到 65535 之间\n");
    }
}
