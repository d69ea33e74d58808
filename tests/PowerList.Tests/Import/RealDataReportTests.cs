using PowerList.Import;
using PowerList.Import.Reading;

namespace PowerList.Tests.Import;

/// <summary>
/// The import report of each of the eleven Karamay workbooks, as <c>powerlist import</c> prints it (every sheet's
/// columns with letter, header and what became of each; skipped rows), in a golden file per workbook under
/// <c>Import/golden/</c>. Set POWERLIST_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, and read the diff.
/// </summary>
public sealed class RealDataReportTests
{
    public static TheoryData<string> Workbooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RealData.Karamay(), "*.xls*").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Import_report_lists_every_column_and_what_became_of_it(string name)
    {
        var path = Path.Combine(RealData.Karamay(), name);
        var result = Importer.Import([path], new ImportOptions());
        var report = result.Files.Single();

        // Every column with a header or data is in the report, once, in sheet order.
        var workbook = WorkbookReader.Read(path);
        foreach (var sheet in report.Sheets)
        {
            var raw = workbook.Sheets.Single(s => s.Name == sheet.Sheet);
            if (HeaderDetector.Detect(raw) is not { } layout)
            {
                sheet.Columns.ShouldBeEmpty();
                continue;
            }

            var expected = layout.Columns
                .Where(c => c.Header.Length > 0 || Enumerable.Range(layout.DataFirstRow, raw.RowCount - layout.DataFirstRow).Any(r => raw.Cell(r, c.Index).Trim().Length > 0))
                .Select(c => c.Letter);
            sheet.Columns.Select(c => c.Letter).ShouldBe(expected, $"{name} [{sheet.Sheet}]");

            // A mapped title is never kept again in extra (a copied header tail fills the same field).
            foreach (var extra in sheet.ExtraColumns)
            {
                HeaderSynonyms.Recognise(System.Text.RegularExpressions.Regex.Replace(extra, @"（\d+）$", "")).ShouldBeNull($"{name} [{sheet.Sheet}] keeps the mapped column {extra} in extra");
            }
        }

        var text = new StringWriter { NewLine = "\n" };
        ImportReportText.Write(text, report, "lists/_sources/karamay-2024/" + name);
        var golden = Path.Combine(RepoPaths.Root, "tests", "PowerList.Tests", "Import", "golden", Path.GetFileNameWithoutExtension(name) + ".report.txt");
        if (Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, text.ToString());
        }

        File.Exists(golden).ShouldBeTrue($"{golden} missing: run with POWERLIST_UPDATE_GOLDEN=1 and review it");
        text.ToString().ShouldBe(File.ReadAllText(golden).ReplaceLineEndings("\n"));
    }
}
