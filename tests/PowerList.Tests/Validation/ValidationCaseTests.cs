using System.Globalization;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using PowerList.Loading;
using PowerList.Validation;

namespace PowerList.Tests.Validation;

/// <summary>
/// Golden tests over <c>Cases/&lt;name&gt;/</c>: each case is laid over the valid base <c>Cases/_base/</c> (its files
/// replace or add to the base's), loaded and validated; the diagnostics must equal <c>expected.txt</c>, paths relative
/// to the lists folder. <c>options.txt</c> may set limits (<c>max_file_bytes=…</c>, <c>max_scalar_chars=…</c>,
/// <c>max_depth=…</c>, <c>max_nodes=…</c>), remove base files (<c>delete=site.yaml</c>), make a FIFO
/// (<c>mkfifo=fgw/xk.yaml</c>) or a link (<c>symlink=fgw/xk.yaml -> /etc/passwd</c>): git keeps no FIFOs, and a link
/// kept in the repository would be followed by every test that reads the repository's YAML files.
/// Set <c>POWERLIST_UPDATE_GOLDEN=1</c> to rewrite the expected files.
/// </summary>
public class ValidationCaseTests
{
    internal static readonly string CasesRoot = Path.Combine(RepoPaths.Root, "tests", "PowerList.Tests", "Validation", "Cases");
    private static readonly HashSet<string> CaseControlFiles = new(StringComparer.Ordinal) { "expected.txt", "options.txt" };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(CasesRoot).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (!name.StartsWith('_'))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string name)
    {
        var caseDir = Path.Combine(CasesRoot, name);
        using var temp = new TempFolder();
        var options = Compose(caseDir, temp.Path);
        var result = ListCheck.Run(temp.Path, options);
        var actual = string.Concat(result.Diagnostics.Select(d => d.Format(temp.Path) + "\n"));
        var expectedPath = Path.Combine(caseDir, "expected.txt");
        if (Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            return;
        }

        File.Exists(expectedPath).ShouldBeTrue($"{name}: expected.txt missing (POWERLIST_UPDATE_GOLDEN=1 writes it)");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"Diagnostics of case {name} differ from expected.txt (- expected, + actual):\n{Diff(expected, actual)}");
        }
    }

    [Fact]
    public void Every_catalogue_code_is_covered_by_a_case()
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(CasesRoot, "expected.txt", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file))
            {
                var at = line.IndexOf(" PL", StringComparison.Ordinal);
                if (at >= 0)
                {
                    covered.Add(line.Substring(at + 1, 6));
                }
            }
        }

        // PL08xx concern a portal of many jurisdictions, not one lists folder: PortalCommandTests (PowerList.Cli.Tests) covers them.
        var missing = PowerList.Diagnostics.DiagnosticCodes.All.Select(c => c.Code).Where(c => !covered.Contains(c) && !c.StartsWith("PL08", StringComparison.Ordinal)).ToArray();
        missing.ShouldBeEmpty();
    }

    internal static LoadOptions Compose(string caseDir, string target)
    {
        Copy(Path.Combine(CasesRoot, "_base"), target, _ => true);
        var options = LoadOptions.Default with { Parallel = true };
        var optionsFile = Path.Combine(caseDir, "options.txt");
        if (File.Exists(optionsFile))
        {
            foreach (var line in File.ReadLines(optionsFile).Where(l => l.Contains('=')))
            {
                var (key, value) = (line[..line.IndexOf('=')].Trim(), line[(line.IndexOf('=') + 1)..].Trim());
                options = key switch
                {
                    "delete" => Delete(Path.Combine(target, value), options),
                    "mkfifo" => MakeFifo(Path.Combine(target, value), options),
                    "symlink" => MakeLink(target, value, options),
                    "max_file_bytes" => options with { MaxFileBytes = long.Parse(value, CultureInfo.InvariantCulture) },
                    "max_scalar_chars" => options with { MaxScalarChars = int.Parse(value, CultureInfo.InvariantCulture) },
                    "max_depth" => options with { MaxDepth = int.Parse(value, CultureInfo.InvariantCulture) },
                    "max_nodes" => options with { MaxNodes = int.Parse(value, CultureInfo.InvariantCulture) },
                    _ => throw new InvalidOperationException($"Unknown option {key} in {optionsFile}."),
                };
            }
        }

        Copy(caseDir, target, rel => !CaseControlFiles.Contains(rel));
        return options;
    }

    private static LoadOptions MakeFifo(string path, LoadOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"mkfifo {path} failed");
        return options;
    }

    private static LoadOptions MakeLink(string root, string value, LoadOptions options)
    {
        var parts = value.Split(" -> ", 2);
        var path = Path.Combine(root, parts[0].Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, parts[1].Trim());
        return options;
    }

    private static LoadOptions Delete(string path, LoadOptions options)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        return options;
    }

    /// <summary>Copies a tree; symbolic links (even dangling ones) are recreated as links.</summary>
    private static void Copy(string from, string to, Func<string, bool> include)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, entry.FullName).Replace('\\', '/');
            var target = Path.Combine(to, rel);
            if (entry.LinkTarget is { } link)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo)
            {
                Directory.CreateDirectory(target);
            }
            else if (include(rel))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(entry.FullName, target, overwrite: true);
            }
        }
    }

    private static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var text = new StringBuilder();
        foreach (var line in diff.Lines)
        {
            var mark = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            text.Append(mark).Append(line.Text).Append('\n');
        }

        return text.ToString();
    }
}
