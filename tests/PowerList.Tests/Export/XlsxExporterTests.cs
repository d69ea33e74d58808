using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PowerList.Export;
using PowerList.Model;
using PowerList.Tests.Versions;

namespace PowerList.Tests.Export;

/// <summary>
/// The workbook is written part by part without DocumentFormat.OpenXml's document tree; the SDK must still read it as
/// a valid workbook with every cell's text as given (markup characters, line breaks, edge spaces), one sheet per
/// category, and the same table must always give the same bytes.
/// </summary>
public sealed class XlsxExporterTests
{
    private const string Tricky = "a & b <c> \"d\" 'e'\n第二行 ";

    [Fact]
    public void The_sdk_reads_back_every_cell_and_sheet()
    {
        var lists = SampleLists.Create();
        var table = ExportTable.Build(PublishedLists.Of(lists), lists.PublicEntries, false);
        table = table with { Rows = [.. table.Rows.Select((r, i) => i == 0 ? r with { Cells = r.Cells.SetItem("事项名称", Tricky) } : r)] };
        var bytes = XlsxExporter.Write(table);

        XlsxExporter.Write(table).ShouldBe(bytes);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty();
        var workbook = doc.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Count.ShouldBe(table.Rows.Select(r => r.Entry.Category).Distinct().Count());
        var read = new List<string[]>();
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            rows[0].Elements<Cell>().Select(c => c.InlineString!.Text!.Text).ShouldBe(table.Columns.Where(c => c.Length > 0));
            read.AddRange(rows.Skip(1).Select(r => r.Elements<Cell>().Select(c => c.InlineString!.Text!.Text).ToArray()));
        }

        read.Count.ShouldBe(table.Rows.Length);
        read.ShouldContain(cells => cells.Contains(Tricky));
        var expected = table.Rows.Select(r => table.Columns.Select(c => r[c]).Where(v => v.Length > 0).ToArray()).ToList();
        read.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal).ShouldBe(expected.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_table_is_one_sheet_with_the_header()
    {
        var table = new ExportTable(ExportTable.BaseColumns, []);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxExporter.Write(table)), false);
        new OpenXmlValidator().Validate(doc).ShouldBeEmpty();
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("权责清单");
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!.Value!);
        part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Single().Elements<Cell>().Count().ShouldBe(ExportTable.BaseColumns.Length);
    }
}
