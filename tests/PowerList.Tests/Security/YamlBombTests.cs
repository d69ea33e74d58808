using System.Text;
using PowerList.Diagnostics;
using PowerList.Validation;

namespace PowerList.Tests.Security;

/// <summary>
/// Realistic YAML bombs at full size against the default limits, through load and validation (as
/// <c>powerlist validate</c>): each ends in a clean error with the expected code, no exception, and a bounded
/// number of diagnostics however many problems the file holds. Peak memory and time of the same bombs are measured
/// by bench/yaml-bombs (docs/reliability.md).
/// </summary>
public sealed class YamlBombTests
{
    private const string Head = "department: fgw\ncategory: cf\nentries:\n  - code: 650200-FGW-CF-0001\n    name: x\n";

    public static TheoryData<string, string> Bombs() => new()
    {
        { "billion-laughs", "PL0105" },
        { "alias-flood", "PL0105" },
        { "deep-flow", "PL0106" },
        { "deep-block", "PL0106" },
        { "huge-scalar", "PL0107" },
        { "oversized", "PL0108" },
        { "many-nodes", "PL0109" },
        { "unknown-keys", "PL0201" },
        { "duplicate-keys", "PL0104" },
        { "bad-codes", "PL0301" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_bomb_ends_in_a_clean_error_with_few_diagnostics(string bomb, string code)
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(BaseFolder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(temp.Path, Path.GetRelativePath(BaseFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        Write(bomb, Path.Combine(temp.Path, "fgw", "cf.yaml"));
        var result = ListCheck.Run(temp.Path);

        result.Diagnostics.ShouldContain(d => d.IsError && d.Code == code, string.Join("\n", result.Diagnostics.Take(5).Select(d => d.Format(temp.Path))));
        result.Diagnostics.Count.ShouldBeLessThanOrEqualTo(5 * (DiagnosticBag.MaxPerFileAndCode + 1));
        result.Diagnostics.Count(d => d.Code == code).ShouldBeLessThanOrEqualTo(DiagnosticBag.MaxPerFileAndCode);
    }

    private static string BaseFolder => Path.Combine(Site.SiteTestSupport.RepoRoot, "tests", "PowerList.Tests", "Validation", "Cases", "_base");

    private static void Write(string bomb, string path)
    {
        using var f = new StreamWriter(path, false, new UTF8Encoding(false));
        switch (bomb)
        {
            case "billion-laughs":
                f.Write(Head + "    notes: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                for (var i = 0; i < 8; i++)
                {
                    var p = (char)('a' + i);
                    var q = (char)('b' + i);
                    f.Write($"    x{q}: &{q} [{string.Join(',', Enumerable.Repeat("*" + p, 9))}]\n");
                }

                f.Write("    extra: {bomb: *i}\n");
                break;
            case "alias-flood":
                f.Write(Head + "    notes: &a lol\n    remedies: [");
                for (var i = 0; i < 1_500_000; i++)
                {
                    f.Write(i == 0 ? "*a" : ",*a");
                }

                f.Write("]\n");
                break;
            case "deep-flow":
                f.Write(Head + "    notes: " + new string('[', 1_000_000) + new string(']', 1_000_000) + "\n");
                break;
            case "deep-block":
                f.Write(Head + "    extra:\n");
                for (var i = 0; i < 3000; i++)
                {
                    f.Write(new string(' ', 2 * (i + 3)) + "k:\n");
                }

                break;
            case "huge-scalar":
                f.Write(Head + "    notes: " + new string('啊', 5_000_000) + "\n");
                break;
            case "oversized":
                f.Write(Head + "    notes: |\n");
                var line = "      " + string.Concat(Enumerable.Repeat("超大文件", 100)) + "\n";
                for (long written = 0; written < 20L * 1024 * 1024; written += Encoding.UTF8.GetByteCount(line))
                {
                    f.Write(line);
                }

                break;
            case "many-nodes":
                f.Write(Head + "    remedies: [");
                for (var i = 0; i < 2_100_000; i++)
                {
                    f.Write(i == 0 ? "1" : ",1");
                }

                f.Write("]\n");
                break;
            case "unknown-keys":
                f.Write(Head);
                for (var i = 0; i < 50_000; i++)
                {
                    f.Write($"    unknown_key_{i}: v\n");
                }

                break;
            case "duplicate-keys":
                f.Write(Head);
                for (var i = 0; i < 50_000; i++)
                {
                    f.Write("    notes: a\n");
                }

                break;
            case "bad-codes":
                f.Write("department: fgw\ncategory: cf\nentries:\n");
                for (var i = 0; i < 50_000; i++)
                {
                    f.Write($"  - code: bad code {i}\n    name: 第{i}项\n");
                }

                break;
        }
    }
}
