using PowerList.Cli.Commands;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>serve</c>'s rebuilds keep the parsed files and their checks in memory (<see cref="SiteBuildRunner.ReuseUnchangedFiles"/>):
/// after each change the site and the printed diagnostics must be exactly those of a fresh <c>build</c> of the same
/// lists — an edit, an entry made not public, a file turning invalid and valid again, a file added and one deleted.
/// </summary>
public sealed class ServeRebuildTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "serve-rebuild-" + Guid.NewGuid().ToString("N"));

    public ServeRebuildTests()
    {
        RepoPaths.CopySampleLists(Lists);
    }

    private string Lists => Path.Combine(_dir, "lists");

    private static string Templates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Rebuilds_that_reuse_unchanged_files_give_the_site_and_diagnostics_of_a_fresh_build()
    {
        var warm = new SiteBuildRunner(Lists, Path.Combine(_dir, "warm"), Templates) { ReuseUnchangedFiles = true };
        var cf = Path.Combine(Lists, "fgw", "cf.yaml");
        var original = File.ReadAllText(cf);
        var fresh = 0;

        void Same(string step, int expectedCode)
        {
            var (warmCode, warmOut) = Run(warm);
            var (freshCode, freshOut) = Run(new SiteBuildRunner(Lists, Path.Combine(_dir, "fresh" + fresh++), Templates));
            warmCode.ShouldBe(expectedCode, step + "\n" + warmOut);
            freshCode.ShouldBe(warmCode, step);
            Diagnostics(warmOut).ShouldBe(Diagnostics(freshOut), step);
            if (warmCode == CliApp.ExitOk)
            {
                var (w, f) = (Snapshot(warm.Output), Snapshot(Path.Combine(_dir, "fresh" + (fresh - 1))));
                var differing = w.Keys.Union(f.Keys).Where(k => w.GetValueOrDefault(k) != f.GetValueOrDefault(k)).Order(StringComparer.Ordinal).ToList();
                differing.ShouldBeEmpty(step + ": files that differ from a fresh build");
            }
        }

        Same("first build", CliApp.ExitOk);
        Same("nothing changed", CliApp.ExitOk);

        File.WriteAllText(cf, original.Replace("name: ", "name: 修订后的", StringComparison.Ordinal));
        Same("entry names edited", CliApp.ExitOk);

        var code = "650200-FGW-CF-0001";
        original.ShouldStartWith("# yaml-language-server: $schema=../_schema/list.schema.json\ndepartment: fgw\ncategory: cf\nentries:\n  - code: " + code + "\n");
        var at = original.IndexOf("\n    public: true\n", StringComparison.Ordinal); // the first entry's
        at.ShouldBeLessThan(original.IndexOf("\n  - code: ", original.IndexOf("  - code: " + code, StringComparison.Ordinal), StringComparison.Ordinal));
        const string Marker = "ZXQSECRETQXZ";
        var secret = original[..at] + "\n    public: false\n" + original[(at + "\n    public: true\n".Length)..];
        File.WriteAllText(cf, secret.Replace("    name: 对经营者违反明码标价规定行为的处罚\n", "    name: 对经营者违反明码标价规定行为的处罚" + Marker + "\n", StringComparison.Ordinal));
        Same("an entry made not public", CliApp.ExitOk);
        Directory.Exists(Path.Combine(warm.Output, "entry", code)).ShouldBeFalse();
        File.ReadAllText(cf).ShouldContain(Marker);
        Directory.EnumerateFiles(warm.Output, "*", SearchOption.AllDirectories).ShouldNotContain(f => File.ReadAllText(f).Contains(Marker));

        File.WriteAllText(cf, original.Replace("code: 650200-FGW-CF-0002", "code: " + code, StringComparison.Ordinal) + "oops: [\n");
        Same("a file turned invalid", CliApp.ExitErrors);
        File.WriteAllText(cf, original);
        Same("valid again", CliApp.ExitOk);

        File.Copy(cf, Path.Combine(Lists, "fgw", "qt.yaml"));
        Same("a file added (its codes repeat another file's)", CliApp.ExitErrors);
        File.Delete(Path.Combine(Lists, "fgw", "qt.yaml"));
        File.Delete(cf);
        Same("files deleted", CliApp.ExitOk);
    }

    private static (int Code, string Out) Run(SiteBuildRunner runner)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = runner.Run(stdout, stderr);
        return (code, stdout.ToString());
    }

    /// <summary>The diagnostic lines of a run's output, paths made relative to the lists folder.</summary>
    private string[] Diagnostics(string output) =>
        [.. output.Split('\n').Where(l => l.Contains(": error PL", StringComparison.Ordinal) || l.Contains(": warning PL", StringComparison.Ordinal))
            .Select(l => l.Replace(Lists, "LISTS", StringComparison.Ordinal))];

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
