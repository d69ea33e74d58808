using System.Text.RegularExpressions;

namespace PowerList.Tests.Architecture;

/// <summary>
/// The library's layers, read from its sources: each file's layer is its top folder under src/PowerList (namespace =
/// folder), and the layers it uses are the <c>PowerList.X</c> namespaces it names (<c>using</c> lines, aliases,
/// qualified names). Foundations sit below the stages and use none of them; Export and Import, both stages, use
/// each other's vocabulary only through a foundation (Tabular/).
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>Below every stage: the data model, the format's key table, diagnostics, output files, the build layer, sheet text.</summary>
    private static readonly string[] Foundations = ["Model", "Format", "Diagnostics", "Output", "Building", "Tabular"];

    /// <summary>The stages of the pipeline and the tools beside it.</summary>
    private static readonly string[] Stages = ["Loading", "Validation", "Search", "Site", "Versions", "Export", "Import", "Conformity"];

    /// <summary>Pairs of layers where neither may use the other.</summary>
    private static readonly (string A, string B)[] Apart = [("Export", "Import")];

    private static readonly string Library = Path.Combine(RepoPaths.Root, "src", "PowerList");

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder()
    {
        var wrong = SourceFiles()
            .Where(f => f.Namespace != "PowerList." + f.Folder.Replace('/', '.'))
            .Select(f => $"{f.Path}: namespace {f.Namespace}")
            .ToList();

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void No_foundation_uses_a_stage()
    {
        var broken = Uses()
            .Where(u => Foundations.Contains(u.From) && Stages.Contains(u.To))
            .Select(u => $"{u.Path}: {u.From} uses {u.To}")
            .ToList();

        broken.ShouldBeEmpty();
    }

    [Fact]
    public void Export_and_Import_do_not_use_each_other()
    {
        var broken = Uses()
            .Where(u => Apart.Any(p => (u.From, u.To) == (p.A, p.B) || (u.From, u.To) == (p.B, p.A)))
            .Select(u => $"{u.Path}: {u.From} uses {u.To}")
            .ToList();

        broken.ShouldBeEmpty();
    }

    [Fact]
    public void The_build_layer_lives_in_Building_not_under_Render()
    {
        Directory.Exists(Path.Combine(Library, "Site", "Incremental")).ShouldBeFalse("the build layer is src/PowerList/Building");
        Directory.EnumerateFiles(Path.Combine(Library, "Building"), "*.cs").ShouldNotBeEmpty();
    }

    /// <summary>
    /// Timings are passed in like the diagnostics (<c>Diagnostics/TimingLog</c>, docs/architecture.md): no stage times
    /// into a static, and the static <c>BuildTimings</c> is gone.
    /// </summary>
    [Fact]
    public void No_stage_times_into_a_static()
    {
        var files = SourceFiles();
        files.ShouldContain(f => f.Path == "Diagnostics/TimingLog.cs");
        var broken = files
            .Select(f => (f.Path, Code: CommentsAndStrings().Replace(f.Text, "")))
            .Where(f => f.Code.Contains("BuildTimings", StringComparison.Ordinal) || StaticTimingLog().IsMatch(f.Code))
            .Select(f => f.Path)
            .ToList();

        broken.ShouldBeEmpty();
        StaticTimingLog().IsMatch("private static readonly TimingLog Parts = new();").ShouldBeTrue("the rule sees a static log");
    }

    [Theory]
    [InlineData("using PowerList.Import;", "Import")]
    [InlineData("using static PowerList.Export.FormulaGuard;", "Export")]
    [InlineData("using Guard = PowerList.Export.FormulaGuard;", "Export")]
    [InlineData("global using PowerList.Site.Pages;", "Site")]
    [InlineData("        row.Add(PowerList.Export.FormulaGuard.Unguard(text));", "Export")]
    public void The_reader_sees_every_way_of_naming_a_layer(string line, string layer)
    {
        LayersNamed(line).ShouldBe([layer]);
    }

    [Fact]
    public void The_reader_ignores_comments_and_strings()
    {
        LayersNamed("// see PowerList.Import.Importer").ShouldBeEmpty();
        LayersNamed("/// <see cref=\"PowerList.Import.Importer\"/>").ShouldBeEmpty();
        LayersNamed("var s = \"PowerList.Import.Importer\";").ShouldBeEmpty();
    }

    private sealed record SourceFile(string Path, string Folder, string Layer, string Namespace, string Text);

    private sealed record Use(string Path, string From, string To);

    private static List<SourceFile> SourceFiles() =>
    [
        .. Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Library, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .Where(p => p.Contains('/'))
            .Order(StringComparer.Ordinal)
            .Select(p =>
            {
                var text = File.ReadAllText(Path.Combine(Library, p));
                var folder = p[..p.LastIndexOf('/')];
                return new SourceFile(p, folder, folder.Split('/')[0], NamespaceOf().Match(text).Groups[1].Value, text);
            }),
    ];

    private static IEnumerable<Use> Uses() =>
        SourceFiles().SelectMany(f => LayersNamed(f.Text).Where(l => l != f.Layer).Select(l => new Use(f.Path, f.Layer, l)));

    /// <summary>The top namespaces under PowerList that a text names outside comments and string literals.</summary>
    private static List<string> LayersNamed(string text) =>
        [.. LayerName().Matches(CommentsAndStrings().Replace(text, "")).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\bstatic\b[^;=(]*\b(?:Diagnostics\.)?TimingLog\??\s+\w+\s*[;={]")]
    private static partial Regex StaticTimingLog();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceOf();

    [GeneratedRegex(@"(?<![\w.])PowerList\.([A-Z]\w*)\b")]
    private static partial Regex LayerName();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();
}
