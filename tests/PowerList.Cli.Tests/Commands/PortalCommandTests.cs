using System.Text.Json;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// A portal of many jurisdictions from the command line (tests/fixtures/portal: 演示省, 演示市 under it, 演示县 under
/// the city, one shared catalogue): <c>validate</c>, <c>conform --format json</c> against hand-counted truth, the
/// portal's rules with file:line:col, and the partitioned build: parts built one by one and merged are the whole
/// build, byte for byte.
/// </summary>
public sealed class PortalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-portal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal");

    [Fact]
    public async Task Validate_reads_every_jurisdiction_of_the_fixture_without_errors()
    {
        var run = await CliRun.Of("validate", Fixture);
        run.ExitCode.ShouldBe(0, run.Out + run.Err);
        run.Err.ShouldContain("3 个辖区，5 个清单文件，9 项职权");
    }

    [Fact]
    public async Task Conform_json_is_a_list_of_each_jurisdictions_report_counted_by_hand()
    {
        // Catalogue: XK-001 (省, 市, 县), XK-002 (省), CF-001 (市, 县), CF-002 (县).
        // 演示省: XK-001, XK-002 + 990000-SCJG-XK-0003 (none). 演示市: XK-001, CF-001, CF-002 (not a city's).
        // 演示县: XK-001, CF-002 + 990102-SCJG-XK-0002 (none); CF-001 missing.
        var run = await CliRun.Of("conform", Fixture, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Err);
        using var doc = JsonDocument.Parse(run.Out);
        var reports = doc.RootElement.EnumerateArray().ToList();
        reports.Select(r => r.GetProperty("jurisdiction").GetString()).ShouldBe(["演示省", "演示市", "演示县"]);
        string Codes(JsonElement r, string group) => string.Join(" ", r.GetProperty(group).EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Codes(reports[0], "implemented").ShouldBe("XK-001 XK-002");
        Codes(reports[0], "extra").ShouldBe("990000-SCJG-XK-0003");
        Codes(reports[1], "implemented").ShouldBe("CF-001 XK-001");
        Codes(reports[1], "wrong_level").ShouldBe("CF-002");
        Codes(reports[1], "missing").ShouldBe("");
        Codes(reports[2], "missing").ShouldBe("CF-001");
        Codes(reports[2], "extra").ShouldBe("990102-SCJG-XK-0002");

        var one = await CliRun.Of("conform", Fixture, "--format", "json", "--jurisdiction", "990102");
        one.ExitCode.ShouldBe(0, one.Err);
        using var single = JsonDocument.Parse(one.Out);
        single.RootElement.GetArrayLength().ShouldBe(1);
        single.RootElement[0].GetProperty("level").GetString().ShouldBe("县市区级");
    }

    [Fact]
    public async Task Validate_reports_the_portals_own_problems_with_their_place()
    {
        var portal = Copy();
        Directory.CreateDirectory(Path.Combine(portal, "jurisdictions", "Bad_Name"));
        Replace(portal, "jurisdictions/990102/site.yaml", "parent: \"990100\"", "parent: \"990199\"");
        Replace(portal, "jurisdictions/990100/site.yaml", "level: 地州市级", "level: 省级");
        File.WriteAllText(Path.Combine(portal, "stray.yaml"), "x: 1\n");
        File.AppendAllText(Path.Combine(portal, "portal.yaml"), "colour: red\n");

        var run = await CliRun.Of("validate", portal);
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain($"{PowerList.Diagnostics.DiagnosticPaths.Display(Path.Combine(portal, "jurisdictions", "Bad_Name"))}:1:1: error PL0801");
        run.Out.ShouldContain($"{PowerList.Diagnostics.DiagnosticPaths.Display(Path.Combine(portal, "jurisdictions", "990102", "site.yaml"))}:4:9: error PL0802: 上级辖区“990199”不在 jurisdictions/ 中");
        run.Out.ShouldContain($"{PowerList.Diagnostics.DiagnosticPaths.Display(Path.Combine(portal, "jurisdictions", "990100", "site.yaml"))}:3:8: error PL0804: 辖区层级“省级”应低于上级辖区 990000 的层级“省级”");
        run.Out.ShouldContain($"{PowerList.Diagnostics.DiagnosticPaths.Display(Path.Combine(portal, "stray.yaml"))}:1:1: warning PL0115");
        run.Out.ShouldContain($"{PowerList.Diagnostics.DiagnosticPaths.Display(Path.Combine(portal, "portal.yaml"))}:4:1: error PL0201");
    }

    [Fact]
    public async Task A_portal_without_jurisdictions_is_an_error()
    {
        var portal = Directory.CreateDirectory(Path.Combine(_dir, "empty-portal")).FullName;
        File.WriteAllText(Path.Combine(portal, "portal.yaml"), "title: 空门户\n");
        var run = await CliRun.Of("validate", portal);
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain($"{PowerList.Diagnostics.DiagnosticPaths.Display(Path.Combine(portal, "portal.yaml"))}:1:1: error PL0805");
    }

    [Fact]
    public async Task Parents_in_a_cycle_are_reported()
    {
        var portal = Copy();
        File.AppendAllText(Path.Combine(portal, "jurisdictions", "990000", "site.yaml"), "parent: \"990102\"\n");
        var run = await CliRun.Of("validate", portal);
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("error PL0803: 上级辖区形成循环：990000 → 990102 → 990100 → 990000");
    }

    [Fact]
    public async Task Parts_built_separately_and_merged_are_the_whole_build_byte_for_byte()
    {
        var whole = Path.Combine(_dir, "whole");
        var built = await CliRun.Of("build", Fixture, "-o", whole);
        built.ExitCode.ShouldBe(0, built.Out + built.Err);

        var parts = new List<string>();
        foreach (var id in new[] { "990102", "990000", "990100" })
        {
            var part = Path.Combine(_dir, "parts", id);
            var run = await CliRun.Of("build", Fixture, "--jurisdiction", id, "--part", "-o", part);
            run.ExitCode.ShouldBe(0, run.Out + run.Err);
            File.Exists(Path.Combine(part, "part.json")).ShouldBeTrue();
            File.Exists(Path.Combine(part, "search-documents.jgz")).ShouldBeTrue("what the portal's search index is made of");
            parts.Add(part);
        }

        var merged = Path.Combine(_dir, "merged");
        var merge = await CliRun.Of(["merge", .. parts, "-o", merged]);
        merge.ExitCode.ShouldBe(0, merge.Err);
        merge.Out.ShouldContain("3 个辖区");

        var expected = Files(whole);
        expected.Keys.ShouldContain("index.html");
        expected.Keys.ShouldContain("j/990102/entry/990102-SCJG-XK-0002/index.html");
        expected.Keys.ShouldContain("j/990100/search/index.html");
        expected.Keys.ShouldContain("conformity/index.html");
        expected.Keys.ShouldContain("level/county/index.html");
        expected.Keys.ShouldContain("search/index.html");
        expected.Keys.ShouldContain("search-index/meta.jgz");
        expected.Keys.ShouldNotContain(k => k.EndsWith("search-documents.jgz", StringComparison.Ordinal), "a part's search documents are not published");
        var actual = Files(merged);
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).ShouldBeTrue(path);
        }

        var home = File.ReadAllText(Path.Combine(merged, "index.html"));
        home.ShouldContain("<a class=\"jurisdiction\" href=\"j/990102/\">演示县</a>");
        File.ReadAllText(Path.Combine(merged, "j", "990102", "index.html")).ShouldContain("https://qzqd.example.gov.cn/j/990102/");
    }

    [Fact]
    public async Task Merge_refuses_a_folder_that_is_not_a_part_and_the_same_jurisdiction_twice()
    {
        var part = Path.Combine(_dir, "p");
        (await CliRun.Of("build", Fixture, "--jurisdiction", "990100", "--part", "-o", part)).ExitCode.ShouldBe(0);
        var twice = await CliRun.Of("merge", part, part, "-o", Path.Combine(_dir, "site"));
        twice.ExitCode.ShouldBe(2);
        twice.Err.ShouldContain("辖区 990100 出现了不止一次");
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var notPart = await CliRun.Of("merge", empty, "-o", Path.Combine(_dir, "site"));
        notPart.ExitCode.ShouldBe(2);
        notPart.Err.ShouldContain("不是完整的辖区部分");
        Directory.Exists(Path.Combine(_dir, "site")).ShouldBeFalse();
    }

    private string Copy()
    {
        var to = Path.Combine(_dir, "portal");
        foreach (var file in Directory.GetFiles(Fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(Fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    private static void Replace(string root, string relative, string from, string to)
    {
        var path = Path.Combine(root, relative);
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
