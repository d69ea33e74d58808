using System.Diagnostics;
using System.Net.Sockets;
using PowerList.Loading;
using PowerList.Tests.Validation;
using PowerList.Validation;

namespace PowerList.Tests.Loading;

/// <summary>
/// The lists folder is closed (<see cref="ClosedTree"/>): each case plants one thing in a valid lists folder — a link
/// to a file or folder outside it, a link loop, a FIFO, a socket, a device — and the load must report it at its path
/// with the expected code, within seconds (a FIFO that is opened waits for ever), without reading it: the text of the
/// outside file never appears in a diagnostic and none of its entries is loaded.
/// </summary>
public class ClosedTreeTests
{
    private const string Secret = "OUTSIDE-SECRET-7Q";

    /// <summary>Case name, the planted path (relative to the lists folder), the code expected there (null: none).</summary>
    public static TheoryData<string, string, string?> Cases() => new()
    {
        { "file-link-outside", "fgw/xk.yaml", "PL0120" },
        { "folder-link-outside", "etc", "PL0120" },
        { "dangling-link-outside", "fgw/gone.yaml", "PL0120" },
        { "file-link-loop", "fgw/a.yaml", "PL0121" },
        { "folder-link-loop", "loop", "PL0121" },
        { "fifo-list-file", "fgw/xk.yaml", "PL0122" },
        { "fifo-top-level-file", "laws.yaml", "PL0122" },
        { "socket", "fgw/xk.yaml", "PL0122" },
        { "character-device", "fgw/xk.yaml", "PL0122" },
        { "link-inside-is-followed", "fgw/xk.yaml", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Planted_path_is_reported_and_never_read(string name, string planted, string? code)
    {
        using var outside = new TempFolder();
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "lists");
        ValidationCaseTests.Compose(Path.Combine(ValidationCaseTests.CasesRoot, "_base"), root);
        var secretFile = outside.Write("secret.yaml", $"department: fgw\ncategory: xk\nentries:\n  - code: {Secret}\n    name: {Secret} [\n");
        outside.Write("dept/xk.yaml", File.ReadAllText(secretFile));
        using var held = Plant(name, Path.Combine(root, planted), root, outside.Path);

        var run = Task.Run(() => ListCheck.Run(root));
        (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)))).ShouldBe(run, $"{name}: the load did not finish in 30 s (it opened something that waits)");
        var result = await run;
        var lines = result.Diagnostics.Select(d => d.Format(root)).ToList();

        lines.ShouldAllBe(l => !l.Contains(Secret), $"{name}: the outside file's text reached a diagnostic");
        result.Lists.Entries.ShouldNotContain(e => e.Code == Secret);
        var at = lines.Where(l => l.StartsWith(planted + ":", StringComparison.Ordinal) && l.Contains(" PL012", StringComparison.Ordinal)).ToList();
        if (code is null)
        {
            at.ShouldBeEmpty();
            result.Lists.Files.ShouldContain(f => f.Path.EndsWith("xk.yaml", StringComparison.Ordinal) && f.Entries.Length > 0, string.Join("\n", lines));
            result.HasErrors.ShouldBeFalse(string.Join("\n", lines));
        }
        else
        {
            at.ShouldHaveSingleItem($"{name}: expected {code} at {planted}, got:\n{string.Join("\n", lines)}").ShouldContain($"error {code}:");
            result.HasErrors.ShouldBeTrue();
        }
    }

    [Fact]
    public void File_types_are_read_without_opening_or_following()
    {
        FileTypes.Of("/dev/null").ShouldBe(FileType.CharacterDevice);
        FileTypes.Of("/").ShouldBe(FileType.Directory);
        FileTypes.Of("/no/such/path").ShouldBe(FileType.Missing);
        using var temp = new TempFolder();
        var link = Path.Combine(temp.Path, "link");
        File.CreateSymbolicLink(link, "/dev/null");
        FileTypes.Of(link).ShouldBe(FileType.SymbolicLink);
    }

    /// <summary>Plants the case's thing at <paramref name="path"/>; what is returned must live until the load is done (a socket).</summary>
    private static IDisposable? Plant(string name, string path, string root, string outside)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (name)
        {
            case "file-link-outside":
                File.CreateSymbolicLink(path, Path.Combine(outside, "secret.yaml"));
                break;
            case "folder-link-outside":
                Directory.CreateSymbolicLink(path, Path.Combine(outside, "dept"));
                break;
            case "dangling-link-outside":
                File.CreateSymbolicLink(path, Path.Combine(outside, "nothing-here.yaml"));
                break;
            case "file-link-loop":
                File.CreateSymbolicLink(path, "b.yaml");
                File.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(path)!, "b.yaml"), "a.yaml");
                break;
            case "folder-link-loop":
                Directory.CreateSymbolicLink(path, "loop");
                break;
            case "fifo-list-file":
            case "fifo-top-level-file":
                File.Delete(path);
                Run("mkfifo", path);
                break;
            case "socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path)); // the file goes when the socket is closed
                return socket;
            case "character-device":
                Run("mknod", path, "c", "1", "3"); // /dev/null's numbers; needs root, as the CI container is
                break;
            case "link-inside-is-followed":
                var shared = Path.Combine(root, "_shared", "xk.yaml");
                Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
                File.WriteAllText(shared, File.ReadAllText(Path.Combine(root, "fgw", "cf.yaml")).Replace("category: cf", "category: xk").Replace("-CF-", "-XK-"));
                File.CreateSymbolicLink(path, "../_shared/xk.yaml");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }

        return null;
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{tool} failed: {error}");
    }
}
