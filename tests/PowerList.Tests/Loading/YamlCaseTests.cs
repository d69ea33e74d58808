using PowerList.Loading;
using PowerList.Tests.Site;

namespace PowerList.Tests.Loading;

/// <summary>
/// The cases of <c>YamlCases/</c>: each <c>name.yaml</c> is read by both readers, with LF and with CRLF line ends, and
/// must give what <c>name.expected</c> says: the values as JSON, or <c>error PLnnnn line:column</c> (the first
/// diagnostic). They cover what YamlDotNet alone reads otherwise than the YAML spec: tabs used as indentation, a
/// <c>#</c> glued to a directive, a word starting with <c>*</c> before a colon.
/// </summary>
public sealed class YamlCaseTests
{
    public static string Folder => Path.Combine(SiteTestSupport.RepoRoot, "tests", "PowerList.Tests", "Loading", "YamlCases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Both_readers_give_the_expected_values_or_error(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".yaml"));
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".expected")).TrimEnd('\n');
        foreach (var variant in new[] { text, text.ReplaceLineEndings("\r\n") })
        {
            foreach (var options in new[] { LoadOptions.Default, YamlReaders.YamlDotNetOnly })
            {
                var outcome = YamlReaders.Outcome(variant, options, out var root);
                var got = outcome.StartsWith("error ", StringComparison.Ordinal) ? outcome : YamlReaders.Json(root);
                got.ShouldBe(expected, $"{name} ({(variant == text ? "LF" : "CRLF")}, {(options.FastReader ? "usual path" : "YamlDotNet alone")})");
            }
        }
    }

    [Fact]
    public void The_cases_cover_errors_and_values()
    {
        var expectations = Directory.EnumerateFiles(Folder, "*.expected").Select(File.ReadAllText).ToList();
        expectations.Count.ShouldBe(Directory.EnumerateFiles(Folder, "*.yaml").Count());
        expectations.Count(e => e.StartsWith("error PL0103", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(5);
        expectations.Count(e => e.StartsWith("error PL0101", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(5);
        expectations.Count(e => e.StartsWith('{')).ShouldBeGreaterThanOrEqualTo(10);
    }
}
