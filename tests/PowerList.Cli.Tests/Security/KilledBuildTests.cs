using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace PowerList.Cli.Tests.Security;

/// <summary>
/// A build killed with SIGKILL at a random moment (20 trials, <c>powerlist build</c> as a child process, the delay
/// drawn between 0 and 1.3 × the time of a whole build) leaves, once the output folder is recovered as every build
/// first does (<see cref="PowerList.Site.Writing.SiteRecovery"/>: a complete journal of an in-place build is applied
/// again, an incomplete one discarded), the previous site byte for byte, or the complete new one, never a mix or
/// nothing; the next build succeeds, yields exactly the new site and leaves no temporary or stage folder beside it. Two lists folders (A and B, one entry name differs) alternate so old and new are told apart.
/// bench/crash-trials runs the same with more trials.
/// </summary>
public sealed class KilledBuildTests : IDisposable
{
    private const int Trials = 20;
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-kill-").FullName;
    private readonly ITestOutputHelper _output;

    public KilledBuildTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        // A detached rm may still be removing a replaced site (<out>.trash-*) beside the output folder.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(_root, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(500);
            }
        }
    }

    [Fact]
    public async Task A_killed_build_leaves_the_previous_site_or_the_new_one_and_the_next_build_cleans_up()
    {
        var listsA = CopyLists("lists-a", "");
        var listsB = CopyLists("lists-b", "（修订）");
        var site = Path.Combine(_root, "site");
        var expected = new Dictionary<string, string>
        {
            [listsA] = await Build(listsA, Path.Combine(_root, "expected-a")),
            [listsB] = await Build(listsB, Path.Combine(_root, "expected-b")),
        };
        expected[listsA].ShouldNotBe(expected[listsB]);

        var whole = Stopwatch.StartNew();
        await Build(listsA, site);
        (await RunChild(listsB, site, killAfter: null)).ShouldBe(0);
        var full = whole.Elapsed / 2;
        await Build(listsA, site);

        var random = new Random(20261122);
        var current = listsA;
        var outcomes = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var next = current == listsA ? listsB : listsA;
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * full.TotalMilliseconds * 1.3);
            var code = await RunChild(next, site, delay);

            // What the next build does first: apply a complete journal of an in-place build again, or discard an
            // incomplete one (between the kill and this, a build killed while applying leaves a mix).
            PowerList.Site.Writing.SiteRecovery.Recover(site);
            var after = Digest(site);
            (after == expected[current] || after == expected[next]).ShouldBeTrue($"第 {trial + 1} 次（{delay.TotalMilliseconds:0} ms 后杀死）：网站既不是原来的也不是新的");
            outcomes.Add(code is null ? (after == expected[current] ? "killed-old" : "killed-new") : "finished");

            (await Build(next, site)).ShouldBe(expected[next]);
            Leftovers(site).ShouldBeEmpty();
            current = next;
        }

        // Replaced sites are handed to a detached rm (<out>.trash-*): they must all go away.
        for (var i = 0; i < 120 && Trash(site).Length > 0; i++)
        {
            await Task.Delay(500);
        }

        Trash(site).ShouldBeEmpty();
        _output.WriteLine($"整次生成约 {full.TotalMilliseconds:0} ms；结果：" + string.Join(", ", outcomes.GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        outcomes.ShouldContain("killed-old", string.Join(", ", outcomes));
    }

    private string CopyLists(string name, string suffix)
    {
        var target = Path.Combine(_root, name);
        RepoPaths.CopySampleLists(target);

        var cf = Path.Combine(target, "fgw", "cf.yaml");
        var lines = File.ReadAllLines(cf);
        var i = Array.FindIndex(lines, l => l.TrimStart().StartsWith("name:", StringComparison.Ordinal));
        lines[i] += suffix;
        File.WriteAllLines(cf, lines);
        return target;
    }

    private static async Task<string> Build(string lists, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["build", lists, "-o", output, "--templates", Path.Combine(RepoPaths.Root, "site-templates")], stdout, stderr);
        code.ShouldBe(0, stderr.ToString());
        return Digest(output);
    }

    // Exit code, or null when the child was killed before it finished.
    private static async Task<int?> RunChild(string lists, string output, TimeSpan? killAfter)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PowerList.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "build", lists, "-o", output, "--templates", Path.Combine(RepoPaths.Root, "site-templates") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            using var wait = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                await Task.WhenAll(drainOut, drainErr);
                return null;
            }
        }

        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        return process.ExitCode;
    }

    // Temporary, stage or previous-site folders, journals; <out>.trash-* (being removed by a detached rm) are checked
    // at the end; <out>.lock stays.
    private static string[] Leftovers(string site) =>
        Directory.GetFileSystemEntries(Path.GetDirectoryName(site)!)
            .Where(d => Path.GetFileName(d).StartsWith(Path.GetFileName(site) + ".", StringComparison.Ordinal))
            .Where(d => !Path.GetFileName(d).StartsWith(Path.GetFileName(site) + ".trash-", StringComparison.Ordinal))
            .Where(d => Path.GetFileName(d) != Path.GetFileName(site) + ".lock")
            .ToArray();

    private static string[] Trash(string site) =>
        Directory.GetDirectories(Path.GetDirectoryName(site)!)
            .Where(d => Path.GetFileName(d).StartsWith(Path.GetFileName(site) + ".trash-", StringComparison.Ordinal))
            .ToArray();

    // One digest of every file's path and bytes: two folders are byte-identical when their digests are equal.
    private static string Digest(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "missing";
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
