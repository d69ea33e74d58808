namespace PowerList.Cli.Tests.Commands;

/// <summary><c>powerlist build</c>: builds the fixture, stops on errors without touching the output, reports plainly when not on a terminal.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "build-" + Guid.NewGuid().ToString("N"));

    public BuildCommandTests()
    {
        CopyFolder(RepoPaths.SampleLists, Path.Combine(_dir, "lists"));
        CopyFolder(Path.Combine(RepoPaths.Root, "site-templates"), Path.Combine(_dir, "site-templates"));
    }

    private string Lists => Path.Combine(_dir, "lists");

    private string Out => Path.Combine(_dir, "site");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Builds_the_site_with_templates_found_beside_the_lists()
    {
        var run = await CliRun.Of("build", Lists, "-o", Out);

        run.ExitCode.ShouldBe(0, run.Err);
        File.Exists(Path.Combine(Out, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(Out, "entry", "650200-FGW-CF-0001", "index.html")).ShouldBeTrue();
        run.Out.ShouldContain("pages：");
        run.Out.ShouldContain("网站已生成：");
        run.Out.ShouldNotContain("\u001b[", customMessage: "no terminal escapes when output is captured");
        Directory.GetDirectories(_dir).Order(StringComparer.Ordinal).ToArray().ShouldBe(new[] { Path.Combine(_dir, "lists"), Out, Path.Combine(_dir, "site-templates") });
    }

    /// <summary><c>--timings</c>: one <c>[timing]</c> line per stage on the command's own error output (bench/serve-rebuild reads them), none on its standard output.</summary>
    [Fact]
    public async Task Timings_print_a_line_per_stage_on_the_error_output()
    {
        var run = await CliRun.Of("build", Lists, "-o", Out, "--timings");

        run.ExitCode.ShouldBe(0, run.Err);
        var stages = run.Err.Split('\n').Where(l => l.StartsWith("[timing] ", StringComparison.Ordinal))
            .Select(l => l["[timing] ".Length..l.IndexOf(": ", StringComparison.Ordinal)]).ToList();
        stages.ShouldContain("start");
        stages.ShouldContain("load and validate");
        stages.ShouldContain("pages");
        stages.ShouldContain("search");
        stages.ShouldContain("versions");
        stages.ShouldContain("manifest");
        run.Err.ShouldContain("load: parse");
        run.Out.ShouldNotContain("[timing]");
    }

    [Fact]
    public async Task Errors_in_the_lists_stop_the_build_and_leave_the_output_untouched()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "旧网站");
        var file = Path.Combine(Lists, "fgw", "cf.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("code: 650200-FGW-CF-0002", "code: 650200-FGW-CF-0001"));

        var run = await CliRun.Of("build", Lists, "-o", Out);

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldMatch(@"fgw/cf\.yaml:\d+:\d+: error PL\d{4}: ");
        run.Err.ShouldContain("网站没有生成");
        Directory.GetFiles(Out, "*", SearchOption.AllDirectories).ShouldBe([Path.Combine(Out, "index.html")]);
        File.ReadAllText(Path.Combine(Out, "index.html")).ShouldBe("旧网站");
    }

    [Fact]
    public async Task A_broken_template_is_reported_and_the_output_is_untouched()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "旧网站");
        File.WriteAllText(Path.Combine(_dir, "site-templates", "pages", "entry.hbs"), "{{#> layout}}{{#each entry.basis}}{{/layout}}");

        var run = await CliRun.Of("build", Lists, "-o", Out);

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("网站模板有误");
        File.ReadAllText(Path.Combine(Out, "index.html")).ShouldBe("旧网站");
    }

    [Fact]
    public async Task A_template_failing_while_pages_render_is_reported_and_a_built_site_is_untouched()
    {
        // Compiles, fails at render time inside the parallel page loop (an AggregateException around it).
        (await CliRun.Of("build", Lists, "-o", Out)).ExitCode.ShouldBe(0);
        var before = SiteFiles();
        File.WriteAllText(Path.Combine(_dir, "site-templates", "pages", "entry.hbs"), "{{#> layout}}<h1>{{entry.name}}{{> nosuchpartial}}</h1>{{/layout}}");

        var run = await CliRun.Of("build", Lists, "-o", Out);

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("网站模板有误");
        run.Err.ShouldContain("nosuchpartial");
        run.Err.ShouldContain("保持原样");
        run.Err.ShouldNotContain("Unhandled");
        SiteFiles().ShouldBe(before);
    }

    private Dictionary<string, string> SiteFiles() => Directory.GetFiles(Out, "*", SearchOption.AllDirectories)
        .Where(f => !Path.GetFileName(f).StartsWith(".powerlist", StringComparison.Ordinal))
        .ToDictionary(f => Path.GetRelativePath(Out, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public async Task A_missing_templates_folder_is_a_usage_error()
    {
        var run = await CliRun.Of("build", Lists, "-o", Out, "--templates", Path.Combine(_dir, "nowhere"));

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("找不到网站模板文件夹");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public async Task A_rebuild_keeps_files_put_into_the_site_by_hand_and_clean_drops_them()
    {
        (await CliRun.Of("build", Lists, "-o", Out)).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(Out, "mine.txt"), "手工放入");

        var again = await CliRun.Of("build", Lists, "-o", Out);
        again.ExitCode.ShouldBe(0, again.Err);
        File.Exists(Path.Combine(Out, "mine.txt")).ShouldBeTrue();

        var clean = await CliRun.Of("build", Lists, "-o", Out, "--clean");
        clean.ExitCode.ShouldBe(0, clean.Err);
        File.Exists(Path.Combine(Out, "mine.txt")).ShouldBeFalse();
        File.Exists(Path.Combine(Out, "index.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_build_of_an_output_another_build_is_writing_is_refused()
    {
        (await CliRun.Of("build", Lists, "-o", Out)).ExitCode.ShouldBe(0);
        var before = File.ReadAllBytes(Path.Combine(Out, "index.html"));

        using (PowerList.Site.Writing.SiteLock.Acquire(Out))
        {
            var run = await CliRun.Of("build", Lists, "-o", Out, "--clean");

            run.ExitCode.ShouldBe(2);
            run.Err.ShouldContain("另一次生成正在写入");
        }

        File.ReadAllBytes(Path.Combine(Out, "index.html")).ShouldBe(before);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
