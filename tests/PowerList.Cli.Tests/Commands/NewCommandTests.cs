namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>powerlist new</c>: appends an entry with the next free code (free in the current lists and in every
/// release's snapshot) to the end of the file, keeping the existing bytes, prints file:line:col and the code, and
/// the lists still validate; unknown ids are refused (exit 2, did-you-mean) with nothing written.
/// </summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-new-").FullName;

    public NewCommandTests() => RepoPaths.CopySampleLists(Lists);

    private string Lists => Path.Combine(_dir, "lists");

    private string FgwCf => Path.Combine(Lists, "fgw", "cf.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Appends_the_next_code_after_the_existing_bytes_prints_where_it_is_and_the_lists_validate()
    {
        var before = File.ReadAllBytes(FgwCf);
        var lines = File.ReadAllText(FgwCf).Count(c => c == '\n');

        var run = await CliRun.Of("new", "fgw", "cf", "对未按规定报送统计资料的处罚", "--lists", Lists);

        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldBe($"{Lists}/fgw/cf.yaml:{lines + 1}:3: 650200-FGW-CF-0003 对未按规定报送统计资料的处罚\n");
        var after = File.ReadAllBytes(FgwCf);
        after[..before.Length].ShouldBe(before);
        System.Text.Encoding.UTF8.GetString(after[before.Length..])
            .ShouldBe("  - code: 650200-FGW-CF-0003\n    name: 对未按规定报送统计资料的处罚\n");
        await ShouldValidate();

        var second = await CliRun.Of("new", "fgw", "cf", "第二项", "--lists", Lists);
        second.ExitCode.ShouldBe(0, second.Err);
        second.Out.ShouldBe($"{Lists}/fgw/cf.yaml:{lines + 3}:3: 650200-FGW-CF-0004 第二项\n");
        await ShouldValidate();
    }

    [Fact]
    public async Task A_code_published_in_a_release_but_gone_from_the_lists_is_not_reused()
    {
        var original = File.ReadAllBytes(FgwCf);
        (await CliRun.Of("new", "fgw", "cf", "临时事项", "--lists", Lists)).ExitCode.ShouldBe(0);
        var release = await CliRun.Of("release", "2024", "--date", "2024-12-31", "--title", "2024 年版", "--lists", Lists);
        release.ExitCode.ShouldBe(0, release.Err);
        File.WriteAllBytes(FgwCf, original); // 650200-FGW-CF-0003 now lives only in releases/2024.json

        var run = await CliRun.Of("new", "fgw", "cf", "新事项", "--lists", Lists);

        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldContain(": 650200-FGW-CF-0004 新事项");
        File.ReadAllText(FgwCf).ShouldNotContain("650200-FGW-CF-0003");
    }

    [Fact]
    public async Task A_missing_file_is_created_with_the_header_and_the_entry()
    {
        var path = Path.Combine(Lists, "fgw", "qz.yaml");
        File.Exists(path).ShouldBeFalse();

        var run = await CliRun.Of("new", "fgw", "qz", "查封扣押", "--lists", Lists);

        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldBe($"{Lists}/fgw/qz.yaml:5:3: 650200-FGW-QZ-0001 查封扣押\n");
        File.ReadAllText(path).ShouldBe(
            "# yaml-language-server: $schema=../_schema/list.schema.json\ndepartment: fgw\ncategory: qz\nentries:\n"
            + "  - code: 650200-FGW-QZ-0001\n    name: 查封扣押\n");
        await ShouldValidate();
    }

    [Fact]
    public async Task A_file_without_a_final_newline_or_without_entries_gets_them_and_keeps_its_bytes()
    {
        var path = Path.Combine(Lists, "da", "qr.yaml");
        const string text = "# 档案局的行政确认\ndepartment: da\ncategory: qr";
        File.WriteAllText(path, text);

        var run = await CliRun.Of("new", "da", "qr", "档案证明", "--lists", Lists);

        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldBe($"{Lists}/da/qr.yaml:5:3: 650200-DA-QR-0001 档案证明\n");
        File.ReadAllText(path).ShouldBe(text + "\nentries:\n  - code: 650200-DA-QR-0001\n    name: 档案证明\n");
        await ShouldValidate();
    }

    [Fact]
    public async Task A_name_that_needs_quoting_is_quoted()
    {
        var run = await CliRun.Of("new", "fgw", "cf", "#1: 对\"价格\"违法行为的处罚", "--lists", Lists);

        run.ExitCode.ShouldBe(0, run.Err);
        var result = PowerList.Loading.ListLoader.Load(Lists);
        result.Lists.Entries.Single(e => e.Code == "650200-FGW-CF-0003").Name.ShouldBe("#1: 对\"价格\"违法行为的处罚");
        await ShouldValidate();
    }

    [Theory]
    [InlineData("fgx", "cf", "没有部门“fgx”，是不是要写“fgw”？（可用的部门：", "departments.yaml")]
    [InlineData("FGW", "cf", "没有部门“FGW”，是不是要写“fgw”？（可用的部门：", "departments.yaml")]
    [InlineData("fgw", "fc", "没有类别“fc”，是不是要写“cf”？（可用的类别：", "categories.yaml")]
    [InlineData("nosuch", "cf", "没有部门“nosuch”（可用的部门：", "departments.yaml")]
    public async Task An_unknown_department_or_category_is_exit_2_with_the_valid_ids_and_nothing_is_written(
        string department, string category, string message, string table)
    {
        var before = Snapshot();

        var run = await CliRun.Of("new", department, category, "某项职权", "--lists", Lists);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Err.ShouldStartWith("powerlist: " + message);
        run.Err.ShouldContain($"见 {Lists}/{table}");
        foreach (var id in table == "departments.yaml" ? new[] { "fgw", "scjg", "da" } : ["xk", "cf", "qz", "zs"])
        {
            run.Err.ShouldContain(id);
        }

        run.Err.Count(c => c == '\n').ShouldBe(1);
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public async Task An_entries_list_followed_by_another_key_is_refused_with_nothing_written()
    {
        var path = Path.Combine(Lists, "da", "qr.yaml");
        const string text = "department: da\nentries: []\ncategory: qr\n";
        File.WriteAllText(path, text);

        var run = await CliRun.Of("new", "da", "qr", "档案证明", "--lists", Lists);

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("da/qr.yaml 的最后一个顶层键不是 entries 列表");
        File.ReadAllText(path).ShouldBe(text);
    }

    private async Task ShouldValidate()
    {
        var validate = await CliRun.Of("validate", Lists);
        validate.ExitCode.ShouldBe(0, validate.Out + validate.Err);
        validate.Out.ShouldNotContain("error");
    }

    private string Snapshot() => string.Join("\n", Directory.GetFiles(Lists, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => f + "=" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
}
