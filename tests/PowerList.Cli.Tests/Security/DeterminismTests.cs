using System.Diagnostics;
using System.Globalization;

namespace PowerList.Cli.Tests.Security;

/// <summary>
/// Same input, same bytes: the sample lists (plus Latin text whose case mapping differs in Turkish, and a release
/// so versions pages exist) built twice in-process, once in-process under the tr-TR culture, and once as a child
/// <c>powerlist build</c> with TZ=Pacific/Kiritimati (UTC+14) and LANG/LC_ALL=tr_TR.UTF-8: every file identical.
/// </summary>
[Collection("culture")]
public sealed class DeterminismTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-determinism-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Builds_are_byte_identical_across_runs_time_zones_and_cultures()
    {
        var lists = Path.Combine(_root, "lists");
        RepoPaths.CopySampleLists(lists);

        var cf = Path.Combine(lists, "fgw", "cf.yaml");
        var lines = File.ReadAllLines(cf);
        var i = Array.FindIndex(lines, l => l.TrimStart().StartsWith("name:", StringComparison.Ordinal));
        lines[i] += " ISO TITLE İstanbul ıi Iİ";
        File.WriteAllLines(cf, lines);
        (await Cli("release", "2024", "--date", "2024-12-31", "--title", "2024 年版", "--lists", lists)).ShouldBe(0);

        var first = Path.Combine(_root, "first");
        var second = Path.Combine(_root, "second");
        var turkish = Path.Combine(_root, "turkish");
        var child = Path.Combine(_root, "child");
        (await Cli("build", lists, "-o", first, "--templates", Templates)).ShouldBe(0);
        (await Cli("build", lists, "-o", second, "--templates", Templates)).ShouldBe(0);

        var culture = CultureInfo.CurrentCulture;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("tr-TR");
            (await Cli("build", lists, "-o", turkish, "--templates", Templates)).ShouldBe(0);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = null;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "PowerList.Cli.dll"), "build", lists, "-o", child, "--templates", Templates },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" },
        };
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, await stderr);
        }

        var expected = Snapshot(first);
        expected.Count.ShouldBeGreaterThan(20);
        expected.Keys.ShouldContain(k => k.StartsWith("compare/", StringComparison.Ordinal) || k.StartsWith("v/", StringComparison.Ordinal));
        foreach (var (name, folder) in new[] { ("second run", second), ("tr-TR in-process", turkish), ("TZ=Pacific/Kiritimati LANG=tr_TR.UTF-8", child) })
        {
            var actual = Snapshot(folder);
            actual.Keys.ShouldBe(expected.Keys, name);
            var differing = expected.Where(kv => !kv.Value.AsSpan().SequenceEqual(actual[kv.Key])).Select(kv => kv.Key).ToList();
            differing.ShouldBeEmpty($"{name}: 与第一次生成不同的文件");
        }
    }

    private static string Templates => Path.Combine(RepoPaths.Root, "site-templates");

    private static async Task<int> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        code.ShouldBe(0, stderr.ToString());
        return code;
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
