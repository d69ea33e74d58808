using System.Text;
using System.Text.Json;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>powerlist catalogue import</c> and <c>powerlist conform</c> from the command line: a catalogue read from a CSV
/// sheet, entries tied to it by the import, the JSON report on the lists written; the sample lists' own catalogue;
/// no catalogue is a usage error. (The hand-counted two-level case is PowerList.Tests' ConformityCaseTests.)
/// </summary>
public sealed class ConformCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-conform-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Catalogue_import_then_import_then_conform_reports_each_group()
    {
        var catalogue = Write("目录.csv",
            "目录编码,事项名称,事项类型,行使层级\r\n" +
            "XK-001,食品经营许可,行政许可,地级\r\n" +
            "XK-001,食品经营许可,行政许可,县级\r\n" +
            "QR-001,不动产登记,行政确认,地级\r\n" +
            "CF-002,对超限运输车辆擅自行驶公路的处罚,行政处罚,县级\r\n");
        var sheet = Write("某市市场监督管理局权责清单.csv",
            "序号,事项名称,权力类型,实施依据,行使主体,实施层级\r\n" +
            "1,食品经营许可,行政许可,《中华人民共和国食品安全法》第三十五条,某市市场监督管理局,地州市级\r\n" +
            "2,对超限运输车辆擅自行驶公路的处罚,行政处罚,《中华人民共和国公路法》第七十六条,某市市场监督管理局,地州市级\r\n" +
            "3,户外广告设置许可,行政许可,《某市户外广告管理办法》第八条,某市市场监督管理局,地州市级\r\n");
        var lists = Path.Combine(_dir, "lists");

        var read = await CliRun.Of("catalogue", "import", catalogue, "--into", lists, "--title", "某省指导目录（演示）");
        read.ExitCode.ShouldBe(0, read.Err);
        read.Err.ShouldContain("通用目录 3 项");
        File.ReadAllText(Path.Combine(lists, "catalogue.yaml")).ShouldContain("levels: [地州市级, 县市区级]");

        var import = await CliRun.Of("import", sheet, "--into", lists);
        import.ExitCode.ShouldBe(0, import.Err);
        import.Out.ShouldContain("对应通用目录：按目录编码列 0，按编码 0，按名称 2，按相近名称 0（请核对），无法确定 0，目录外 1");
        import.Out.ShouldContain("目录外 “户外广告设置许可”");

        var conform = await CliRun.Of("conform", lists, "--format", "json");
        conform.ExitCode.ShouldBe(0, conform.Err);
        using var json = JsonDocument.Parse(conform.Out);
        var root = json.RootElement;
        root.GetProperty("level").GetString().ShouldBe("地州市级", "650200, the import's default jurisdiction, is a city");
        Codes(root, "implemented").ShouldBe(["XK-001"]);
        Codes(root, "missing").ShouldBe(["QR-001"]);
        Codes(root, "wrong_level").ShouldBe(["CF-002"]);
        root.GetProperty("extra").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["户外广告设置许可"]);

        var text = await CliRun.Of("conform", lists);
        text.Out.ShouldContain("已实施 1，缺少 1，目录外 1，层级不符 1");
    }

    /// <summary>
    /// Issue 20: a sheet without catalogue codes is tied by name, exact first, then similar; a similar tie is made
    /// and printed for review with its similarity, a name two items fit equally is not tied and is printed, never
    /// silently dropped or guessed.
    /// </summary>
    [Fact]
    public async Task Import_ties_a_similar_name_and_reports_it_for_review_and_leaves_an_ambiguous_one_untied()
    {
        var catalogue = Write("目录.csv",
            "目录编码,事项名称,事项类型,行使层级\r\n" +
            "XK-001,食品经营许可,行政许可,地级\r\n" +
            "XK-002,特种设备使用登记,行政许可,地级\r\n" +
            "XK-003,特种设备使用登记,行政许可,地级\r\n");
        var sheet = Write("某市市场监督管理局权责清单.csv",
            "序号,事项名称,权力类型,实施依据,行使主体,实施层级\r\n" +
            "1,食品经营许可证核发,行政许可,《中华人民共和国食品安全法》第三十五条,某市市场监督管理局,地州市级\r\n" +
            "2,特种设备使用登记,行政许可,《中华人民共和国特种设备安全法》第三十三条,某市市场监督管理局,地州市级\r\n" +
            "3,户外广告设置许可,行政许可,《某市户外广告管理办法》第八条,某市市场监督管理局,地州市级\r\n");
        var lists = Path.Combine(_dir, "lists");
        (await CliRun.Of("catalogue", "import", catalogue, "--into", lists, "--title", "某省指导目录（演示）")).ExitCode.ShouldBe(0);

        var import = await CliRun.Of("import", sheet, "--into", lists);
        import.ExitCode.ShouldBe(0, import.Err);
        import.Out.ShouldContain("对应通用目录：按目录编码列 0，按编码 0，按名称 0，按相近名称 1（请核对），无法确定 1，目录外 1");
        // 食品经营许可 and 食品经营许可证核发 share 5 of 5 + 8 character pairs: Dice 2 × 5 / 13 = 0.77.
        import.Out.ShouldContain("请核对 “食品经营许可证核发” → 目录事项 XK-001“食品经营许可”（相似度 0.77）");
        import.Out.ShouldContain("无法确定 “特种设备使用登记”：目录中 XK-002、XK-003 同样相符，请在 catalogue 中写明");
        import.Out.ShouldContain("目录外 “户外广告设置许可”");

        var conform = await CliRun.Of("conform", lists, "--format", "json");
        conform.ExitCode.ShouldBe(0, conform.Err);
        using var json = JsonDocument.Parse(conform.Out);
        Codes(json.RootElement, "implemented").ShouldBe(["XK-001"], "the similar name is tied");
        Codes(json.RootElement, "missing").ShouldBe(["XK-002", "XK-003"], "the ambiguous name is tied to neither");
        json.RootElement.GetProperty("extra").EnumerateArray().Select(e => e.GetProperty("name").GetString())
            .Order(StringComparer.Ordinal).ShouldBe(new[] { "户外广告设置许可", "特种设备使用登记" }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_sample_lists_implement_one_of_their_two_catalogue_items()
    {
        var conform = await CliRun.Of("conform", RepoPaths.SampleLists, "--format", "json");
        conform.ExitCode.ShouldBe(0, conform.Err);
        using var json = JsonDocument.Parse(conform.Out);
        Codes(json.RootElement, "implemented").ShouldBe(["CF-0101"]);
        json.RootElement.GetProperty("implemented")[0].GetProperty("entries").EnumerateArray().Select(e => e.GetString()).ShouldBe(["650200-FGW-CF-0001"]);
        Codes(json.RootElement, "missing").ShouldBe(["CF-0102"]);
        Codes(json.RootElement, "extra").ShouldNotContain("650200-FGW-CF-0001");
    }

    [Fact]
    public async Task Conform_writes_csv_and_compares_one_item_across_generated_jurisdictions()
    {
        var province = Path.Combine(_dir, "province");
        var generate = await CliRun.Of("generate", "--province", province, "--cities", "1", "--counties", "2", "--scale", "0.03", "--seed", "2");
        generate.ExitCode.ShouldBe(0, generate.Err);
        generate.Out.ShouldContain("已生成 4 个辖区的清单");
        var folders = Directory.GetDirectories(Path.Combine(province, "jurisdictions")).Order(StringComparer.Ordinal).ToArray();
        folders.Select(Path.GetFileName).ShouldBe(["650000", "650100", "650101", "650102"]);
        foreach (var folder in folders)
        {
            // The portal's shared catalogue, as the portal loader applies it.
            File.Copy(Path.Combine(province, "catalogue.yaml"), Path.Combine(folder, "catalogue.yaml"));
        }

        var csv = await CliRun.Of("conform", folders[2], "--format", "csv");
        csv.ExitCode.ShouldBe(0, csv.Err);
        var rows = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("jurisdiction,level,status,catalogue_code,name,category,catalogue_levels,entry_code");
        rows.Skip(1).ShouldAllBe(r => r.StartsWith("天山区,县市区级,", StringComparison.Ordinal));
        using (var report = JsonDocument.Parse((await CliRun.Of("conform", folders[2], "--format", "json")).Out))
        {
            rows.Count(r => r.Contains(",missing,", StringComparison.Ordinal)).ShouldBe(report.RootElement.GetProperty("counts").GetProperty("missing").GetInt32());
        }

        var code = rows.Skip(1).First(r => r.Contains(",implemented,", StringComparison.Ordinal)).Split(',')[3];
        var item = await CliRun.Of(["conform", "--item", code, "--format", "json", .. folders]);
        item.ExitCode.ShouldBe(0, item.Err);
        using var json = JsonDocument.Parse(item.Out);
        json.RootElement.GetProperty("code").GetString().ShouldBe(code);
        var tianshan = json.RootElement.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("id").GetString() == "650101");
        tianshan.GetProperty("status").GetString().ShouldBe("implemented");
        tianshan.GetProperty("entry").GetString()!.ShouldStartWith("650101-");
        json.RootElement.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("id").GetString() == "650000")
            .GetProperty("status").GetString().ShouldBe("not_given", "the catalogue is 地县两级");

        var text = await CliRun.Of(["conform", "--item", code, .. folders]);
        text.Out.ShouldContain("天山区（县市区级）已实施 650101-");
        (await CliRun.Of(["conform", "--item", "NO-SUCH", .. folders])).ExitCode.ShouldBe(2);
        (await CliRun.Of(["conform", .. folders])).ExitCode.ShouldBe(2, "several folders only with --item");
    }

    [Fact]
    public async Task Lists_without_a_catalogue_are_a_usage_error()
    {
        var conform = await CliRun.Of("conform", Path.Combine(RepoPaths.Root, "lists"));
        conform.ExitCode.ShouldBe(2);
        conform.Err.ShouldContain("没有 catalogue.yaml");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private static string[] Codes(JsonElement root, string group) =>
        [.. root.GetProperty(group).EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
}
