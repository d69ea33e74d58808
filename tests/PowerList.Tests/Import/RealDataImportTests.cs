using PowerList.Import;
using PowerList.Tabular;

namespace PowerList.Tests.Import;

/// <summary>The eleven Karamay 2024 workbooks: entries per file and category, and every non-empty row accounted for.</summary>
public sealed class RealDataImportTests
{
    private static readonly Lazy<ImportResult> Result = new(() =>
        Importer.Import(Importer.ExpandPaths([RealData.Karamay()]), new ImportOptions()));

    public static TheoryData<string, string, int, string> Files => new()
    {
        { "2024年市农业农村局权责清单.xls", "nync", 310, "xk=10 cf=254 qz=21 zs=1 jc=17 qr=1 jl=2 cj=1 qt=3" },
        { "克拉玛依市人力资源和社会保障局2024年权责清单.xls", "rsj", 100, "xk=6 cf=76 qz=2 jc=14 qt=2" },
        { "克拉玛依市医疗保障局2024年权责清单.xls", "ybj", 17, "cf=6 qz=1 jc=8 jl=1 qt=1" },
        { "克拉玛依市发展和改革委员会2024年权责清单.xls", "fgw", 57, "xk=3 cf=24 qz=2 jc=21 jl=2 qt=5" },
        { "克拉玛依市商务局2024年权责清单.xlsx", "swj", 21, "xk=2 cf=13 jc=2 qt=4" },
        { "克拉玛依市机关事务管理局2024年权责清单.xls", "jgswglj", 10, "jc=4 qr=1 jl=1 qt=4" },
        { "克拉玛依市档案局2024年权责清单.xlsx", "daj", 12, "cf=1 jc=1 jl=1 qt=9" },
        { "克拉玛依市生态环境局2024年权责清单.xls", "sthj", 217, "xk=9 cf=185 qz=15 jc=2 qr=1 jl=1 qt=4" },
        { "克拉玛依市科学技术局2024年权责清单.xls", "kjj", 4, "cf=1 qr=2 qt=1" },
        { "附件：克拉玛依市交通运输局2024年权责清单.xlsx", "jtys", 360, "xk=16 cf=270 qz=24 jc=21 qr=6 jl=2 cj=1 qt=20" },
        { "附件：克拉玛依市市场监督管理局2024年权责清单.xls", "scjg", 442, "xk=12 cf=353 qz=19 jc=33 qr=2 jl=3 cj=4 qt=16" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Imports_each_workbook_with_its_entry_counts_per_category(string file, string department, int entries, string categories)
    {
        var result = Result.Value;

        var report = result.Files.Single(f => Path.GetFileName(f.File) == file);
        report.Failed.ShouldBeFalse(report.Error);
        report.Entries.ShouldBe(entries);
        var imported = result.Entries.Where(e => e.Department == department).ToList();
        imported.Count.ShouldBe(entries);
        var byCategory = string.Join(" ", imported.GroupBy(e => e.Category)
            .OrderBy(g => CategoryNames.OrderOf(g.Key)).Select(g => $"{g.Key}={g.Count()}"));
        byCategory.ShouldBe(categories);
    }

    [Fact]
    public void Every_non_empty_row_is_written_merged_or_skipped_with_a_reason()
    {
        var result = Result.Value;

        result.Files.Length.ShouldBe(11);
        result.Entries.Length.ShouldBe(1550);
        foreach (var sheet in result.Files.SelectMany(f => f.Sheets))
        {
            (sheet.Entries + sheet.Merged + sheet.Skipped.Length).ShouldBe(sheet.NonEmptyRows, sheet.Sheet);
            sheet.Skipped.ShouldAllBe(s => s.Reason.Length > 0 && s.Row > 0);
        }

        // Recount the non-empty rows straight from the workbooks, independently of the importer's bookkeeping.
        foreach (var file in result.Files)
        {
            var workbook = PowerList.Import.Reading.WorkbookReader.Read(file.File);
            var nonEmpty = workbook.Sheets.Sum(s => s.Rows.Count(r => r.Any(c => c.Trim().Length > 0)));
            (file.Entries + file.Merged + file.Skipped.Count()).ShouldBe(nonEmpty, file.File);
        }
    }

    [Fact]
    public void Level_names_are_one_vocabulary_and_no_mapped_column_is_repeated_in_extra()
    {
        var result = Result.Value;

        var levels = result.Entries.SelectMany(e => e.Levels).Select(l => l.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        levels.ShouldBe(["县市区级", "地州市级", "省级"]); // the sheets write 市级 (交通运输局), 自治区级 and 地州市级；负责…
        result.Entries.SelectMany(e => e.Levels).ShouldContain(l => l.Name == "地州市级" && l.Scope == "负责对外劳务合作经营资格初审");

        // 商务局 copies 责任事项依据, 追责对象范围, 追责情形 and 备注 after its header: they fill the same fields.
        foreach (var entry in result.Entries)
        {
            entry.Extra.Keys.ShouldAllBe(k => !System.Text.RegularExpressions.Regex.IsMatch(k, @"（\d+）$"), entry.Name);
        }

        result.Entries.Where(e => e.Department == "swj").ShouldAllBe(e => e.Accountability.Length > 0);
    }

    [Fact]
    public void Merges_level_repetitions_sub_items_and_merged_cells()
    {
        var result = Result.Value;

        var levy = result.Entries.Single(e => e.Department == "nync" && e.Category == "zs");
        levy.Levels.Select(l => l.Name).ShouldBe(["省级", "县市区级", "地州市级"]); // 自治区级 in the sheet: one vocabulary
        levy.Levels.Select(l => l.Subject).ShouldBe(["", "县市区农业农村局", "地州市农业农村局"]);
        levy.Extra["承办机构（县市区级）"].ShouldBe("具体承办的业务科室");

        var school = result.Entries.Single(e => e.Department == "rsj" && e.Name.StartsWith("民办职业培训学校设立", StringComparison.Ordinal));
        school.SubItems.Length.ShouldBe(5);
        school.SubItems[0].Name.ShouldBe("1.民办职业培训学校设立审批");

        // 档案局: seven rows merged per entry.
        result.Files.Single(f => f.File.Contains("档案局", StringComparison.Ordinal)).Merged.ShouldBe(72);
    }

    [Fact]
    public void Parses_most_legal_bases_into_citations_and_merges_law_titles()
    {
        var result = Result.Value;

        var citations = result.Entries.SelectMany(e => e.Basis).ToList();
        citations.Count(c => c.IsStructured).ShouldBeGreaterThan(citations.Count * 95 / 100);
        var drugLaw = result.Laws.Single(l => l.Title == "中华人民共和国药品管理法");
        drugLaw.Aliases.ShouldContain("药品管理法");
        drugLaw.Level.ShouldBe("法律");
        result.Laws.Select(l => l.Id).ShouldBeUnique();
        result.Laws.ShouldAllBe(l => System.Text.RegularExpressions.Regex.IsMatch(l.Id, "^[a-z0-9][a-z0-9-]{0,79}$"));
    }

    [Fact]
    public void Imported_lists_pass_the_validator_without_errors()
    {
        var result = Result.Value;

        var root = Path.Combine(Path.GetTempPath(), "powerlist-real-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (lists, _) = ListUpdater.Apply(new PowerList.Model.ListSet { Root = root }, result, new ImportOptions());
            PowerList.Writing.ListsWriter.Write(root, lists);
            var check = PowerList.Validation.ListCheck.Run(root);
            check.Diagnostics.Where(d => d.IsError).Select(d => d.Format(root)).ShouldBeEmpty();
            check.Lists.Entries.Count().ShouldBe(1550);

            // Citations are written by title, and load back to the same law ids.
            var lawLines = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "laws.yaml")
                .SelectMany(File.ReadLines).Where(l => l.TrimStart().StartsWith("- law: ", StringComparison.Ordinal)).ToList();
            lawLines.Count.ShouldBeGreaterThan(1000);
            lawLines.ShouldAllBe(l => !l.Contains("law: law-"));
            lawLines.ShouldContain(l => l.EndsWith("- law: 中华人民共和国药品管理法", StringComparison.Ordinal));
            static IEnumerable<string> Laws(IEnumerable<PowerList.Model.Entry> entries) =>
                entries.OrderBy(e => e.Code, StringComparer.Ordinal)
                    .SelectMany(e => e.Basis.Concat(e.SubItems.SelectMany(s => s.Basis))).Select(c => c.Law);
            Laws(check.Lists.Entries).ShouldBe(Laws(lists.Entries));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
