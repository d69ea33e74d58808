using System.Text;
using PowerList.Tests.Site;

namespace PowerList.Tests.Loading;

/// <summary>
/// One file, one reading: the usual path (the fast reader, YamlDotNet when it declines), YamlDotNet alone, and the
/// same text saved with CRLF line ends (which the fast reader leaves to YamlDotNet) give the same tree with the same
/// positions, or the same first error at the same place. Checked on every list file of the repository, on each case
/// of <c>YamlCases/</c>, and on thousands of seeded mutations of them.
/// </summary>
public sealed class ReaderAgreementTests
{
    private static IEnumerable<string> ListFiles() =>
        new[] { Path.Combine(SiteTestSupport.RepoRoot, "lists"), Path.Combine(SiteTestSupport.RepoRoot, "tests", "fixtures") }
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml", SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).ResolveLinkTarget(returnFinalTarget: true) is not { Exists: false })
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(YamlCaseTests.Folder, "*.yaml").Order(StringComparer.Ordinal);

    private static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var skip = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip);
    }

    [Fact]
    public void Every_list_file_and_case_reads_the_same_way_with_either_reader()
    {
        var files = ListFiles().Concat(CaseFiles()).ToList();
        files.Count.ShouldBeGreaterThan(80);
        var problems = files
            .Select(f => YamlReaders.Disagreement(Read(f)) is { } d ? $"{Path.GetRelativePath(SiteTestSupport.RepoRoot, f)}: {d}" : null)
            .OfType<string>()
            .ToList();
        problems.ShouldBeEmpty();
    }

    /// <summary>Characters and pieces that mean something in YAML, inserted or swapped in by the mutations.</summary>
    private static readonly string[] Pieces =
    [
        ":", ": ", " :", "-", "- ", "?", "? ", "#", " #", "*", " *", "*注: ", "&", " &a ", "!", "!!str ", "|", "|-", ">", "%",
        "%YAML 1.2#\n", "@", "`", "'", "''", "\"", "\\", "\\t", "[", "]", "{", "}", ",", ", ", "~", " ", "  ", "\t", " \t",
        "\n", "\r\n", "\n  ", "\n\t", "---\n", "...\n", "null", "0x1F", "中", "备注 *", "键: 值",
    ];

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(sb.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                case 1:
                    sb.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    sb.Remove(Math.Min(at, sb.Length), Math.Min(1 + random.Next(3), sb.Length - Math.Min(at, sb.Length)));
                    break;
                case 3:
                    if (at < sb.Length)
                    {
                        sb.Remove(at, 1).Insert(at, Pieces[random.Next(Pieces.Length)]);
                    }

                    break;
                case 4:
                    // A tab at the start of a line or after a dash: the tab-indentation cases.
                    var lineStart = at == 0 ? 0 : sb.ToString().LastIndexOf('\n', Math.Min(at, sb.Length) - 1) + 1;
                    var dash = sb.ToString().IndexOf("- ", lineStart, StringComparison.Ordinal);
                    sb.Insert(random.Next(2) == 0 || dash < 0 ? lineStart : dash + 1, random.Next(2) == 0 ? "\t" : " \t");
                    break;
                case 5:
                    var s = sb.ToString();
                    sb.Clear().Append(s.Contains("\r\n", StringComparison.Ordinal) ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : s.ReplaceLineEndings("\r\n"));
                    break;
                default:
                    var start = at == 0 ? 0 : sb.ToString().LastIndexOf('\n', Math.Min(at, sb.Length) - 1) + 1;
                    var end = sb.ToString().IndexOf('\n', start);
                    if (end > start)
                    {
                        sb.Insert(start, sb.ToString(start, end - start + 1));
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The first lines of a file (list files are long: mutations work on their head).</summary>
    private static string Head(string text, int lines)
    {
        var at = 0;
        for (var i = 0; i < lines && at >= 0; i++)
        {
            at = text.IndexOf('\n', at + 1);
        }

        return at < 0 ? text : text[..(at + 1)];
    }

    [Fact]
    public void Mutated_list_files_read_the_same_way_with_either_reader()
    {
        var random = new Random(20261206);
        var bases = ListFiles().Concat(CaseFiles()).Select(f => Head(Read(f), 40)).Distinct(StringComparer.Ordinal).ToList();
        bases.Count.ShouldBeGreaterThan(80);
        var problems = new List<string>();
        var total = 0;
        var errors = 0;
        foreach (var text in bases)
        {
            for (var i = 0; i < 40; i++)
            {
                var mutated = Mutate(text, random);
                total++;
                if (YamlReaders.Disagreement(mutated) is { } d)
                {
                    problems.Add($"[{mutated.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)}]: {d}");
                }

                errors += YamlReaders.Outcome(mutated, PowerList.Loading.LoadOptions.Default).StartsWith("error ", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        problems.Take(10).ShouldBeEmpty($"{problems.Count} of {total} mutations read differently");
        total.ShouldBeGreaterThan(3000);
        errors.ShouldBeGreaterThan(total / 10); // the mutations do reach the error paths
        errors.ShouldBeLessThan(total * 9 / 10); // and leave many files readable
    }
}
