using System.Text;
using System.Text.Json;

namespace PowerList.Cli.Tests.Commands;

/// <summary><c>powerlist import</c> and <c>powerlist export</c> end to end through the CLI.</summary>
public sealed class ImportExportCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-cli-import-" + Guid.NewGuid().ToString("N"));

    public ImportExportCommandTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "克拉玛依市商务局权责清单.csv"),
            "克拉玛依市商务局权责清单,,,\n序号,事项名称,权力类型,实施依据\n1,甲事项,行政处罚,《甲条例》第一条：甲。\n,,,\n备注：以最新规定为准。,,,\n");
        File.WriteAllBytes(Path.Combine(_dir, "damaged.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Import_reports_json_per_file_and_fails_only_the_unreadable_one()
    {
        var lists = Path.Combine(_dir, "lists");
        var run = await CliRun.Of("import", _dir, "--into", lists, "--format", "json");
        run.ExitCode.ShouldBe(1);
        run.Err.ShouldContain("damaged.xlsx");
        using var report = JsonDocument.Parse(run.Out);
        var files = report.RootElement.EnumerateArray().ToList();
        files.Count.ShouldBe(2);
        var good = files.Single(f => f.GetProperty("file").GetString()!.EndsWith(".csv", StringComparison.Ordinal));
        good.GetProperty("entries").GetInt32().ShouldBe(1);
        good.GetProperty("merged").GetInt32().ShouldBe(0);
        var skipped = good.GetProperty("skipped").EnumerateArray()
            .Select(s => $"{s.GetProperty("row").GetInt32()}:{s.GetProperty("reason").GetString()}").ToList();
        skipped.ShouldBe(["1:标题行：克拉玛依市商务局权责清单", "2:表头", "5:脚注：备注：以最新规定为准。"]);
        File.Exists(Path.Combine(lists, "swj", "cf.yaml")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(lists, "site.yaml")).ShouldContain("division_code: \"650200\"");

        var validate = await CliRun.Of("validate", lists);
        validate.ExitCode.ShouldBe(0, validate.Out + validate.Err);
    }

    [Fact]
    public async Task Import_report_names_every_column_and_staff_columns_are_never_written()
    {
        var csv = Path.Combine(_dir, "staff", "克拉玛依市商务局权责清单.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
        File.WriteAllText(csv, "序号,事项名称,权力类型,实施依据,录入人,,咨询电话\n1,甲事项,行政处罚,《甲条例》第一条：甲。,张某某,行政许可,0990-6230000\n");
        var lists = Path.Combine(_dir, "lists-staff");

        var text = await CliRun.Of("import", csv, "--into", lists);
        text.ExitCode.ShouldBe(0, text.Err);
        text.Out.ShouldContain("列：4 列导入字段，1 列保留在 extra，2 列不导入");
        text.Out.ShouldContain("E 「录入人」 → 不导入：工作人员信息（姓名、电话），不公开");
        text.Out.ShouldContain("F （无表头） → 不导入：无表头的辅助列（如下拉选项），含义不明");
        text.Out.ShouldContain("G 「咨询电话」 → extra「咨询电话」");
        var written = string.Concat(Directory.GetFiles(Path.Combine(lists, "swj"), "*.yaml").Select(File.ReadAllText));
        written.ShouldNotContain("张某某");
        written.ShouldNotContain("行政许可");
        written.ShouldContain("0990-6230000");

        var json = await CliRun.Of("import", csv, "--into", lists, "--format", "json");
        using var report = JsonDocument.Parse(json.Out);
        var columns = report.RootElement[0].GetProperty("columns").EnumerateArray()
            .Select(c => $"{c.GetProperty("column").GetString()}:{c.GetProperty("header").GetString()}:{c.GetProperty("fate").GetString()}").ToList();
        columns.ShouldBe(["A:序号:field", "B:事项名称:field", "C:权力类型:field", "D:实施依据:field", "E:录入人:dropped", "F::dropped", "G:咨询电话:extra"]);
    }

    [Fact]
    public async Task Import_into_a_new_folder_ships_the_default_synonyms_and_keeps_an_edited_table()
    {
        var lists = Path.Combine(_dir, "lists");
        var csv = Path.Combine(_dir, "克拉玛依市商务局权责清单.csv");
        (await CliRun.Of("import", csv, "--into", lists)).ExitCode.ShouldBe(0);
        var synonyms = Path.Combine(lists, "synonyms.yaml");
        File.ReadAllText(synonyms).ShouldBe(PowerList.Search.Analysis.DefaultSynonyms.Yaml());

        File.WriteAllText(synonyms, "synonyms:\n  - term: 饭馆\n    expansions: [餐饮]\n");
        (await CliRun.Of("import", csv, "--into", lists)).ExitCode.ShouldBe(0);
        File.ReadAllText(synonyms).ShouldBe("synonyms:\n  - term: 饭馆\n    expansions: [餐饮]\n", "staff's own table is never overwritten");
    }

    [Fact]
    public async Task Reimport_keeps_codes_and_reports_no_change()
    {
        var lists = Path.Combine(_dir, "lists");
        var csv = Path.Combine(_dir, "克拉玛依市商务局权责清单.csv");
        (await CliRun.Of("import", csv, "--into", lists)).ExitCode.ShouldBe(0);
        var before = File.ReadAllText(Path.Combine(lists, "swj", "cf.yaml"));
        var again = await CliRun.Of("import", csv, "--into", lists);
        again.ExitCode.ShouldBe(0);
        again.Err.ShouldContain("新增 0，变更 0，取消 0，未变 1");
        File.ReadAllText(Path.Combine(lists, "swj", "cf.yaml")).ShouldBe(before);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("table-csv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task Export_writes_the_public_entries(string format)
    {
        var lists = Path.Combine(_dir, "lists");
        (await CliRun.Of("import", Path.Combine(_dir, "克拉玛依市商务局权责清单.csv"), "--into", lists)).ExitCode.ShouldBe(0);
        var output = Path.Combine(_dir, "out." + format);
        var run = await CliRun.Of("export", lists, "--format", format, "-o", output);
        run.ExitCode.ShouldBe(0, run.Err);
        var bytes = File.ReadAllBytes(output);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(bytes);
            json.RootElement[0].GetProperty("code").GetString().ShouldBe("650200-SWJ-CF-0001");
            json.RootElement[0].GetProperty("public").GetBoolean().ShouldBeTrue();
        }
        else if (format == "csv")
        {
            var text = Encoding.UTF8.GetString(bytes);
            text.ShouldStartWith("\uFEFFcode,name,");
            text.ShouldContain("\r\n650200-SWJ-CF-0001,甲事项,,swj,", Case.Sensitive, "no catalogue code: an empty cell after the name");
        }
        else if (format == "table-csv")
        {
            Encoding.UTF8.GetString(bytes).ShouldContain("\r\n1,650200-SWJ-CF-0001,甲事项,");
        }
        else
        {
            bytes.Take(2).ShouldBe(new byte[] { 0x50, 0x4B });
        }
    }

    [Fact]
    public async Task Export_datapackage_writes_the_open_data_folder_and_import_refuses_its_csv_by_name()
    {
        var lists = Path.Combine(_dir, "lists");
        (await CliRun.Of("import", Path.Combine(_dir, "克拉玛依市商务局权责清单.csv"), "--into", lists)).ExitCode.ShouldBe(0);
        var folder = Path.Combine(_dir, "open");
        var run = await CliRun.Of("export", lists, "--format", "datapackage", "-o", folder);
        run.ExitCode.ShouldBe(0, run.Err);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(
            ["adjustments.csv", "citations.csv", "datapackage.json", "entries.csv", "entries.json", "entries.xlsx", "levels.csv", "responsibilities.csv", "sub_items.csv"]);
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "datapackage.json")));
        package.RootElement.GetProperty("resources")[0].GetProperty("path").GetString().ShouldBe("entries.csv");

        var again = await CliRun.Of("import", Path.Combine(folder, "entries.csv"), "--into", Path.Combine(_dir, "again"));
        again.ExitCode.ShouldNotBe(0);
        (again.Out + again.Err).ShouldContain("entries.csv");
        (again.Out + again.Err).ShouldContain("开放数据表");
    }
}
