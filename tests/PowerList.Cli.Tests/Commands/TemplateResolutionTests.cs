namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// Which templates <c>build</c> uses: <c>--templates DIR</c>, else <c>site-templates/</c> beside the lists folder,
/// else the defaults embedded in PowerList; and the embedded defaults give the same site, byte for byte, as the
/// repository's <c>site-templates/</c> folder.
/// </summary>
public sealed class TemplateResolutionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-templates-").FullName;

    public TemplateResolutionTests()
    {
        RepoPaths.CopySampleLists(Lists);
    }

    private string Lists => Path.Combine(_dir, "lists");

    private string Output => Path.Combine(_dir, "site");

    private static string RepoTemplates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_templates_option_wins_over_a_folder_beside_the_lists()
    {
        Templates(Path.Combine(_dir, "site-templates"), "旁边的模板");
        Templates(Path.Combine(_dir, "explicit"), "指定的模板");

        var run = await CliRun.Of("build", Lists, "-o", Output, "--templates", Path.Combine(_dir, "explicit"));

        run.ExitCode.ShouldBe(0, run.Err);
        About().ShouldContain("指定的模板");
        About().ShouldNotContain("旁边的模板");
    }

    [Fact]
    public async Task A_folder_beside_the_lists_wins_over_the_embedded_defaults()
    {
        Templates(Path.Combine(_dir, "site-templates"), "旁边的模板");

        var run = await CliRun.Of("build", Lists, "-o", Output);

        run.ExitCode.ShouldBe(0, run.Err);
        About().ShouldContain("旁边的模板");
    }

    [Fact]
    public async Task With_no_folder_the_embedded_defaults_give_the_same_site_byte_for_byte_as_the_repository_templates()
    {
        var embedded = await CliRun.Of("build", Lists, "-o", Output);
        embedded.ExitCode.ShouldBe(0, embedded.Err);
        Directory.GetDirectories(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray().ShouldBe(["lists", "site"]); // nothing extracted beside the lists

        var fromFolder = Path.Combine(_dir, "from-folder");
        (await CliRun.Of("build", Lists, "-o", fromFolder, "--templates", RepoTemplates)).ExitCode.ShouldBe(0);

        var expected = Files(fromFolder);
        expected.ShouldContain("index.html");
        expected.ShouldContain("assets/search.js");
        expected.ShouldContain(".powerlist-build", "the build manifest holds the templates' key: equal when the bytes are");
        Files(Output).ShouldBe(expected);
        var differing = expected.Where(f => !File.ReadAllBytes(Path.Combine(Output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fromFolder, f)))).ToList();
        differing.ShouldBeEmpty("files that differ between the embedded and the on-disk templates");
    }

    private string About() => File.ReadAllText(Path.Combine(Output, "about", "index.html"));

    /// <summary>A copy of the repository's templates whose about page carries <paramref name="marker"/>.</summary>
    private static void Templates(string folder, string marker)
    {
        foreach (var file in Directory.GetFiles(RepoTemplates, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(folder, Path.GetRelativePath(RepoTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var about = Path.Combine(folder, "pages", "about.hbs");
        File.WriteAllText(about, File.ReadAllText(about).Replace("{{/layout}}", $"<p>{marker}</p>{{{{/layout}}}}", StringComparison.Ordinal));
    }

    private static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
}
