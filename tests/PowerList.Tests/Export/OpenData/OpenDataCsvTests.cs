using System.Text;
using PowerList.Export;
using PowerList.Export.OpenData;
using PowerList.Import;
using PowerList.Import.Reading;
using PowerList.Model;
using PowerList.Tests.Site;

namespace PowerList.Tests.Export.OpenData;

/// <summary><c>export --format csv</c> is open data: exactly one row per entry, the companion tables hold the parts with several values.</summary>
public sealed class OpenDataCsvTests
{
    [Fact]
    public void The_default_lists_give_exactly_one_row_per_public_entry_in_list_order()
    {
        var lists = SiteTestSupport.Load(SiteTestSupport.DefaultLists);
        var rows = Rows(Exporter.Export(lists, "csv"));

        var codes = lists.PublicEntries.Select(e => e.Code).ToList();
        codes.Count.ShouldBeGreaterThan(1000);
        rows.Count.ShouldBe(codes.Count + 1);
        rows.Skip(1).Select(r => r[0]).ShouldBe(codes);
        rows.ShouldAllBe(r => r.Length == rows[0].Length);

        // The default lists have entries with several levels and responsibilities: still one row each, and their
        // companion tables have one row per item.
        var several = lists.PublicEntries.First(e => e.Levels.Length > 1 && e.Responsibilities.Length > 1);
        var files = Files(lists);
        Rows(files["levels.csv"]).Count(r => r[0] == several.Code).ShouldBe(several.Levels.Length);
        Rows(files["responsibilities.csv"]).Count(r => r[0] == several.Code).ShouldBe(several.Responsibilities.Length);
        Rows(files["levels.csv"]).Skip(1).Count().ShouldBe(lists.PublicEntries.Sum(e => e.Levels.Length));
        Rows(files["responsibilities.csv"]).Skip(1).Count().ShouldBe(lists.PublicEntries.Sum(e => e.Responsibilities.Length));
        Rows(files["citations.csv"]).Skip(1).Count().ShouldBe(lists.PublicEntries.Sum(e => e.Basis.Length + e.SubItems.Sum(s => s.Basis.Length)));
    }

    [Fact]
    public void An_entry_with_several_sub_items_levels_and_responsibilities_is_one_row_with_joined_cells()
    {
        var lists = WithEntry(e => e with
        {
            SubItems = [new SubItem { Code = "S-01", Name = "子项一" }, new SubItem { Code = "S-02", Name = "子项二" }, new SubItem { Code = "S-03", Name = "子项三" }],
            Levels = [new Level { Name = "市级", Scope = "全市" }, new Level { Name = "县市区级" }],
            Responsibilities = [new Responsibility { Stage = "受理责任", Content = "依法受理。" }, new Responsibility { Stage = "审查责任", Content = "审查材料。", Basis = "第五条" }],
            Adjustments = [new Adjustment { Type = "新增", Date = "2024-01-01", Document = "文一" }, new Adjustment { Type = "变更", Date = "2025-02-03", Document = "文二", Replaces = ["X-1", "X-2"] }],
        });
        var code = SampleLists.FullEntryCode;
        var rows = Rows(Exporter.Export(lists, "csv"));
        rows.Count(r => r[0] == code).ShouldBe(1);
        var row = Cells(rows, code);
        row["sub_item_count"].ShouldBe("3");
        row["sub_items"].ShouldBe("S-01 子项一\nS-02 子项二\nS-03 子项三");
        row["levels"].ShouldBe("市级（全市）\n县市区级");
        row["responsibilities"].ShouldBe("受理责任：依法受理。\n审查责任：审查材料。");
        row["adjustment_count"].ShouldBe("2");
        row["last_adjustment_type"].ShouldBe("变更");
        row["last_adjustment_document"].ShouldBe("文二");
        row["adjustments"].ShouldBe("2024-01-01 新增 文一\n2025-02-03 变更 文二");
        row["status"].ShouldBe(EntryStatus.InForce);

        var files = Files(lists);
        Rows(files["sub_items.csv"]).Where(r => r[0] == code).Select(r => r[1] + ":" + r[2]).ShouldBe(["1:S-01", "2:S-02", "3:S-03"]);
        Rows(files["adjustments.csv"]).Where(r => r[0] == code).Select(r => r[^1]).ShouldBe(["", "X-1\nX-2"]);
        Rows(files["responsibilities.csv"]).Where(r => r[0] == code).Select(r => r[2] + "|" + r[4]).ShouldBe(["受理责任|", "审查责任|第五条"]);
    }

    [Fact]
    public void An_ended_entry_carries_its_status_and_ending_in_its_row()
    {
        var lists = WithEntry(e => e with
        {
            Ended = new Ending { Type = AdjustmentType.Merged, Date = "2025-06-30", Document = "克政发〔2025〕9号", Reason = "职能相近", Successors = ["650200-FGW-CF-0002", SampleLists.SecretCode] },
        });
        var row = Cells(Rows(Exporter.Export(lists, "csv")), SampleLists.FullEntryCode);
        row["status"].ShouldBe("merged");
        row["status_label"].ShouldBe("已合并");
        row["ended_type"].ShouldBe("合并");
        row["ended_date"].ShouldBe("2025-06-30");
        row["ended_document"].ShouldBe("克政发〔2025〕9号");
        row["ended_reason"].ShouldBe("职能相近");
        row["ended_successors"].ShouldBe("650200-FGW-CF-0002"); // a non-public successor is not named
    }

    [Fact]
    public void Every_csv_of_the_open_data_guards_formulas()
    {
        const string formula = "=HYPERLINK(\"https://evil.example/\",\"点此\")";
        var lists = WithEntry(e => e with
        {
            Name = formula,
            SubItems = [new SubItem { Code = "S-01", Name = formula, Notes = formula }],
            Levels = [new Level { Name = formula, Scope = formula }],
            Responsibilities = [new Responsibility { Stage = "受理责任", Content = formula, Basis = formula }],
            Basis = [new Citation { Text = formula }],
            Adjustments = [new Adjustment { Type = "新增", Document = formula, Note = formula }],
        });
        foreach (var (path, bytes) in Files(lists).Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            // The reader takes the apostrophe off again (FormulaGuard.Unguard): the text survives.
            Rows(bytes).SelectMany(r => r).ShouldContain(formula, customMessage: path);
            var raw = Encoding.UTF8.GetString(bytes);
            raw.ShouldContain("'=HYPERLINK", customMessage: path);
            foreach (var cellStart in new[] { "\uFEFF=", "\uFEFF\"=", ",=", ",\"=", "\r\n=", "\r\n\"=" })
            {
                raw.ShouldNotContain(cellStart, customMessage: path);
            }
        }
    }

    [Fact]
    public void Import_refuses_an_open_data_csv_with_a_clear_message_and_still_reads_the_table_csv()
    {
        var dir = SiteTestSupport.NewTempFolder("opendata-import");
        var lists = SampleLists.Create();
        File.WriteAllBytes(Path.Combine(dir, "open.csv"), Exporter.Export(lists, "csv"));
        File.WriteAllBytes(Path.Combine(dir, "sub_items.csv"), Files(lists)["sub_items.csv"]);
        File.WriteAllBytes(Path.Combine(dir, "table.csv"), Exporter.Export(lists, Exporter.TableCsv));

        var result = Importer.Import([Path.Combine(dir, "open.csv"), Path.Combine(dir, "sub_items.csv"), Path.Combine(dir, "table.csv")], new ImportOptions(), lists.Laws);

        result.Files[0].Error.ShouldContain("开放数据表");
        result.Files[0].Error.ShouldContain("--format table-csv");
        result.Files[1].Error.ShouldContain("开放数据表");
        result.Files[2].Failed.ShouldBeFalse();
        result.Files[2].Entries.ShouldBe(lists.PublicEntries.Count());
    }

    internal static Dictionary<string, byte[]> Files(ListSet lists, string version = "") =>
        OpenDataFiles.Of(lists, "测试清单", version).ToDictionary(f => f.Path, f => f.Bytes(), StringComparer.Ordinal);

    internal static List<string[]> Rows(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv);
        text.ShouldStartWith("\uFEFF");
        return CsvSheetReader.Parse(text[1..]);
    }

    private static Dictionary<string, string> Cells(List<string[]> rows, string code)
    {
        var row = rows.Single(r => r[0] == code);
        return rows[0].Select((name, i) => (name, i)).ToDictionary(x => x.name, x => row[x.i], StringComparer.Ordinal);
    }

    private static ListSet WithEntry(Func<Entry, Entry> change)
    {
        var lists = SampleLists.Create();
        var fileIndex = lists.Files.ToList().FindIndex(f => f.Entries.Any(e => e.Code == SampleLists.FullEntryCode));
        var file = lists.Files[fileIndex];
        var i = file.Entries.ToList().FindIndex(e => e.Code == SampleLists.FullEntryCode);
        return lists with { Files = lists.Files.SetItem(fileIndex, file with { Entries = file.Entries.SetItem(i, change(file.Entries[i])) }) };
    }
}
