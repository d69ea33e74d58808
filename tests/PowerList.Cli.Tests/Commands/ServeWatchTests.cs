using System.Diagnostics;
using System.Text;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>serve</c> run as editors run it, as a process: it watches only the lists and the templates. The preview
/// server once watched its working directory (ASP.NET Core's content root) recursively, so a large site under it
/// used up the system's inotify watches and saves of the lists were no longer seen.
/// </summary>
public sealed class ServeWatchTests : IDisposable
{
    private const int FoldersUnderWorkingDirectory = 400;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "serve-watch-" + Guid.NewGuid().ToString("N"));

    public ServeWatchTests()
    {
        RepoPaths.CopySampleLists(Lists);

        for (var i = 0; i < FoldersUnderWorkingDirectory; i++)
        {
            Directory.CreateDirectory(Path.Combine(WorkingDirectory, "old-site", "entry", $"E-{i:D4}"));
        }
    }

    private string Lists => Path.Combine(_dir, "lists");

    private string WorkingDirectory => Path.Combine(_dir, "work");

    private static string Templates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Serve_watches_the_lists_and_templates_only_and_sees_a_save()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PowerList.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "serve", Lists, "--port", "0", "-o", Path.Combine(_dir, "site"), "--templates", Templates },
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitFor(output, "预览地址", 1, process);

            if (OperatingSystem.IsLinux())
            {
                var watched = Directory.GetDirectories(Lists, "*", SearchOption.AllDirectories).Length
                    + Directory.GetDirectories(Templates, "*", SearchOption.AllDirectories).Length + 2;
                var watches = InotifyWatches(process.Id);
                watches.ShouldBeGreaterThan(0, "serve watches the lists");
                watches.ShouldBeLessThanOrEqualTo(watched, $"inotify watches of serve; {FoldersUnderWorkingDirectory} folders under its working directory");
            }

            var cf = Path.Combine(Lists, "fgw", "cf.yaml");
            File.WriteAllText(cf, File.ReadAllText(cf).Replace("name: ", "name: 保存后的", StringComparison.Ordinal));
            await WaitFor(output, "网站已生成", 2, process);
            var page = Directory.GetFiles(Path.Combine(_dir, "site", "entry"), "index.html", SearchOption.AllDirectories)
                .Select(File.ReadAllText).Count(html => html.Contains("保存后的", StringComparison.Ordinal));
            page.ShouldBeGreaterThan(0, "the preview site has the saved names");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitFor(StringBuilder output, string text, int times, Process process)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < until)
        {
            string now;
            lock (output)
            {
                now = output.ToString();
            }

            if (Count(now, text) >= times)
            {
                return;
            }

            process.HasExited.ShouldBeFalse(now);
            await Task.Delay(50);
        }

        lock (output)
        {
            throw new TimeoutException($"「{text}」 did not appear {times} times:\n{output}");
        }
    }

    private static int Count(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The watches of every inotify instance the process has open (Linux: /proc/PID/fdinfo lists one "inotify wd:" line per watch).
    private static int InotifyWatches(int pid)
    {
        var count = 0;
        foreach (var fd in Directory.GetFiles($"/proc/{pid}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target == "anon_inode:inotify")
            {
                count += File.ReadLines($"/proc/{pid}/fdinfo/{Path.GetFileName(fd)}").Count(l => l.StartsWith("inotify wd:", StringComparison.Ordinal));
            }
        }

        return count;
    }
}
