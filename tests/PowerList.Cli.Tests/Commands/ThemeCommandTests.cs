namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>powerlist theme export</c>: writes every default template and asset (the repository's <c>site-templates/</c>,
/// byte for byte); refuses a non-empty folder unless <c>--force</c>; the exported copy, edited, restyles the site.
/// </summary>
public sealed class ThemeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-theme-").FullName;

    private string Theme => Path.Combine(_dir, "site-templates");

    private static string RepoTemplates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Exports_every_default_template_and_asset_byte_for_byte()
    {
        var run = await CliRun.Of("theme", "export", Theme);

        run.ExitCode.ShouldBe(0, run.Err);
        var expected = Files(RepoTemplates);
        expected.ShouldContain("layout.hbs");
        expected.ShouldContain("assets/site.css");
        Files(Theme).ShouldBe(expected);
        foreach (var file in expected)
        {
            File.ReadAllBytes(Path.Combine(Theme, file)).ShouldBe(File.ReadAllBytes(Path.Combine(RepoTemplates, file)), file);
        }

        run.Out.ShouldContain($"已导出 {expected.Length} 个模板和样式文件到 {Theme}");
    }

    [Fact]
    public async Task A_non_empty_folder_is_refused_unless_forced_and_forcing_keeps_other_files()
    {
        Directory.CreateDirectory(Path.Combine(Theme, "assets"));
        File.WriteAllText(Path.Combine(Theme, "assets", "site.css"), "/* 我改过的样式 */");
        File.WriteAllText(Path.Combine(Theme, "mine.txt"), "自己的文件");

        var refused = await CliRun.Of("theme", "export", Theme);
        refused.ExitCode.ShouldBe(2);
        refused.Err.ShouldContain("不是空的");
        refused.Err.ShouldContain("--force");
        File.ReadAllText(Path.Combine(Theme, "assets", "site.css")).ShouldBe("/* 我改过的样式 */");
        Files(Theme).ShouldBe(["assets/site.css", "mine.txt"]);

        var forced = await CliRun.Of("theme", "export", Theme, "--force");
        forced.ExitCode.ShouldBe(0, forced.Err);
        File.ReadAllBytes(Path.Combine(Theme, "assets", "site.css")).ShouldBe(File.ReadAllBytes(Path.Combine(RepoTemplates, "assets", "site.css")));
        File.ReadAllText(Path.Combine(Theme, "mine.txt")).ShouldBe("自己的文件");
        Files(Theme).Length.ShouldBe(Files(RepoTemplates).Length + 1);
    }

    [Fact]
    public async Task A_file_in_the_way_is_refused_even_when_forced()
    {
        File.WriteAllText(Theme, "一个文件");

        var run = await CliRun.Of("theme", "export", Theme, "--force");

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("是一个文件");
        File.ReadAllText(Theme).ShouldBe("一个文件");
    }

    [Fact]
    public async Task The_exported_templates_beside_the_lists_restyle_the_site()
    {
        var lists = Path.Combine(_dir, "lists");
        RepoPaths.CopySampleLists(lists);
        (await CliRun.Of("theme", "export", Theme)).ExitCode.ShouldBe(0);
        File.AppendAllText(Path.Combine(Theme, "assets", "site.css"), "\n.restyled { color: teal; }\n");
        var about = Path.Combine(Theme, "pages", "about.hbs");
        File.WriteAllText(about, File.ReadAllText(about).Replace("<h2>什么是权责清单</h2>", "<h2>什么是权责清单（改过的模板）</h2>", StringComparison.Ordinal));

        var output = Path.Combine(_dir, "site");
        var run = await CliRun.Of("build", lists, "-o", output);

        run.ExitCode.ShouldBe(0, run.Err);
        File.ReadAllText(Path.Combine(output, "assets", "site.css")).ShouldEndWith(".restyled { color: teal; }\n");
        File.ReadAllText(Path.Combine(output, "about", "index.html")).ShouldContain("<h2>什么是权责清单（改过的模板）</h2>");
    }

    private static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
}
