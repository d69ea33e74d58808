using System.Text.RegularExpressions;
using PowerList.Format;
using PowerList.Import;
using PowerList.Scaffold;
using PowerList.Search.Analysis;
using PowerList.Tabular;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>powerlist init</c>: a new lists folder that validates with no errors and builds at once (with the embedded
/// templates: nothing is beside it), whose README's steps lead to a valid entry; a non-empty folder and a bad
/// division code are refused with nothing written.
/// </summary>
public sealed partial class InitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-init-").FullName;

    private string Lists => Path.Combine(_dir, "lists");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writes_a_lists_folder_that_validates_clean_and_builds_a_site_that_says_it_has_no_entries_yet()
    {
        var init = await CliRun.Of("init", Lists, "--jurisdiction", "某某市", "--division-code", "123456");
        init.ExitCode.ShouldBe(0, init.Err);
        init.Out.ShouldContain("已建立 某某市（123456）的清单文件夹");

        Files(Lists).ShouldBe(
        [
            "README.md", "_schema/catalogue.schema.json", "_schema/categories.schema.json", "_schema/departments.schema.json", "_schema/laws.schema.json",
            "_schema/list.schema.json", "_schema/site.schema.json", "_schema/synonyms.schema.json", "categories.yaml",
            "departments.yaml", "laws.yaml", "site.yaml", "synonyms.yaml",
        ]);
        var site = File.ReadAllText(Path.Combine(Lists, "site.yaml"));
        site.ShouldContain("jurisdiction: 某某市\n");
        site.ShouldContain("division_code: \"123456\"\n");
        site.ShouldContain("title: 某某市权责清单\n");
        site.ShouldContain("\n# base_url: https://");
        // The same category table as the default lists, the shipped synonyms, the schemas of `powerlist schema`.
        File.ReadAllText(Path.Combine(Lists, "categories.yaml")).ShouldBe(File.ReadAllText(Path.Combine(RepoPaths.Root, "lists", "categories.yaml")));
        File.ReadAllText(Path.Combine(Lists, "synonyms.yaml")).ShouldBe(DefaultSynonyms.Yaml());
        foreach (var schema in JsonSchemaWriter.WriteAll())
        {
            File.ReadAllBytes(Path.Combine(Lists, "_schema", schema.Path)).ShouldBe(schema.Content, schema.Path);
        }

        var readme = File.ReadAllText(Path.Combine(Lists, "README.md"));
        foreach (var step in new[] { "## 添加一个事项", "## 检查", "## 预览", "## 发布", $"powerlist validate {Lists}", $"powerlist serve {Lists}", $"powerlist build {Lists} -o site", "powerlist release " })
        {
            readme.ShouldContain(step);
        }

        readme.ShouldNotContain("{{");

        var validate = await CliRun.Of("validate", Lists);
        validate.ExitCode.ShouldBe(0, validate.Out);
        // Only the two reminders of what a new folder leaves to fill in before publishing: a complaint channel and base_url.
        validate.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..][..14])
            .ShouldBe(["warning PL0520", "warning PL0521"]);
        validate.Err.ShouldContain("0 个错误，2 个警告");

        var output = Path.Combine(_dir, "site");
        var build = await CliRun.Of("build", Lists, "-o", output);
        build.ExitCode.ShouldBe(0, build.Err + build.Out);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        home.ShouldContain("清单中还没有事项");
        home.ShouldContain("还没有登记实施部门");
        home.ShouldNotContain("共 <strong>0</strong>");
        foreach (var (code, name, _) in CategoryNames.Standard)
        {
            var page = File.ReadAllText(Path.Combine(output, "category", code, "index.html"));
            page.ShouldContain($"<h1>{name}</h1>");
            page.ShouldContain("本类别暂无公开事项");
        }

        File.Exists(Path.Combine(output, "assets", "site.css")).ShouldBeTrue();
        Directory.GetDirectories(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray().ShouldBe(["lists", "site"]); // no templates folder written or needed beside the lists (site.lock is the build's lock file)
    }

    [Fact]
    public async Task Following_the_readme_adds_a_department_a_law_and_an_entry_that_validate_and_build()
    {
        (await CliRun.Of("init", Lists, "--jurisdiction", "某某县", "--division-code", "654321")).ExitCode.ShouldBe(0);

        // As departments.yaml and laws.yaml say: "departments: []" → "departments:", the example uncommented.
        Uncomment(Path.Combine(Lists, "departments.yaml"), "departments");
        Uncomment(Path.Combine(Lists, "laws.yaml"), "laws");
        var readme = File.ReadAllText(Path.Combine(Lists, "README.md"));
        var example = YamlBlock().Match(readme);
        example.Success.ShouldBeTrue("the README shows an example list file");
        example.Groups[1].Value.ShouldBe(NewListsFolder.ExampleList("某某县", "654321"));
        Directory.CreateDirectory(Path.Combine(Lists, "fgw"));
        File.WriteAllText(Path.Combine(Lists, "fgw", "xk.yaml"), example.Groups[1].Value);

        var validate = await CliRun.Of("validate", Lists);
        validate.ExitCode.ShouldBe(0, validate.Out);
        // Only the two reminders of what a new folder leaves to fill in before publishing: a complaint channel and base_url.
        validate.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..][..14])
            .ShouldBe(["warning PL0520", "warning PL0521"]);
        validate.Err.ShouldContain("0 个错误，2 个警告（1 个清单文件，1 项职权）");

        var output = Path.Combine(_dir, "site");
        (await CliRun.Of("build", Lists, "-o", output)).ExitCode.ShouldBe(0);
        var entry = File.ReadAllText(Path.Combine(output, "entry", "654321-FGW-XK-0001", "index.html"));
        entry.ShouldContain("企业投资项目核准");
        entry.ShouldContain("某某县发展和改革委员会");
        entry.ShouldContain("企业投资项目核准和备案管理条例");
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldContain("共 <strong>1</strong> 项权责事项");
    }

    [Fact]
    public async Task The_same_arguments_give_the_same_bytes()
    {
        var other = Path.Combine(_dir, "other");
        (await CliRun.Of("init", Lists, "--jurisdiction", "某某市", "--division-code", "123456")).ExitCode.ShouldBe(0);
        (await CliRun.Of("init", other, "--jurisdiction", "某某市", "--division-code", "123456")).ExitCode.ShouldBe(0);

        foreach (var file in Files(Lists).Where(f => f != "README.md"))
        {
            File.ReadAllBytes(Path.Combine(other, file)).ShouldBe(File.ReadAllBytes(Path.Combine(Lists, file)), file);
        }
    }

    [Fact]
    public async Task An_existing_empty_folder_is_filled()
    {
        Directory.CreateDirectory(Lists);

        var run = await CliRun.Of("init", Lists, "--jurisdiction", "某某市", "--division-code", "123456");

        run.ExitCode.ShouldBe(0, run.Err);
        File.Exists(Path.Combine(Lists, "site.yaml")).ShouldBeTrue();
        Directory.GetFileSystemEntries(_dir).ShouldBe([Lists], "no temporary folder left beside it");
    }

    [Fact]
    public async Task A_non_empty_folder_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(Lists);
        File.WriteAllText(Path.Combine(Lists, "notes.txt"), "原有文件");

        var run = await CliRun.Of("init", Lists, "--jurisdiction", "某某市", "--division-code", "123456");

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain($"文件夹 {Lists} 不是空的");
        Files(Lists).ShouldBe(["notes.txt"]);
        File.ReadAllText(Path.Combine(Lists, "notes.txt")).ShouldBe("原有文件");
        Directory.GetFileSystemEntries(_dir).ShouldBe([Lists]);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("６５０２００")]
    [InlineData("")]
    public async Task A_division_code_that_is_not_six_digits_is_refused(string code)
    {
        var run = await CliRun.Of("init", Lists, "--jurisdiction", "某某市", "--division-code", code);

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain($"--division-code 行政区划代码“{code}”应为 6 位数字");
        Directory.Exists(Lists).ShouldBeFalse();
    }

    [Fact]
    public async Task The_jurisdiction_and_division_code_are_required()
    {
        var run = await CliRun.Of("init", Lists, "--division-code", "123456");
        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("--jurisdiction");

        var blank = await CliRun.Of("init", Lists, "--jurisdiction", "  ", "--division-code", "123456");
        blank.ExitCode.ShouldBe(2);
        blank.Err.ShouldContain("--jurisdiction 不能为空");
        Directory.Exists(Lists).ShouldBeFalse();
    }

    private static void Uncomment(string path, string key)
    {
        var text = File.ReadAllText(path);
        text.ShouldContain($"\n{key}: []\n{NewListsFolder.ExampleMarker}\n");
        var at = text.IndexOf(NewListsFolder.ExampleMarker, StringComparison.Ordinal);
        var example = string.Concat(text[(at + NewListsFolder.ExampleMarker.Length + 1)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[2..] + "\n"));
        File.WriteAllText(path, text[..at].Replace($"\n{key}: []\n", $"\n{key}:\n", StringComparison.Ordinal) + example);
    }

    private static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex("```yaml\n(.*?\n)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
