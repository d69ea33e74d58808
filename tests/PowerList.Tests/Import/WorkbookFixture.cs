using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PowerList.Tests.Import;

/// <summary>
/// Writes a small .xlsx from a JSON description (<c>{"sheets":[{"name":…,"rows":[[…]],"merges":["A1:C1"]}]}</c>),
/// so that layout cases stay readable text in the repository.
/// </summary>
internal static class WorkbookFixture
{
    public static void Write(string jsonPath, string xlsxPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        using var doc = SpreadsheetDocument.Create(xlsxPath, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in json.RootElement.GetProperty("sheets").EnumerateArray())
        {
            var part = workbookPart.AddNewPart<WorksheetPart>($"rId{id}");
            var data = new SheetData();
            uint r = 1;
            foreach (var row in sheet.GetProperty("rows").EnumerateArray())
            {
                var xmlRow = new Row { RowIndex = r };
                var c = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    var text = cell.GetString() ?? "";
                    if (text.Length > 0)
                    {
                        xmlRow.Append(new Cell
                        {
                            CellReference = ColumnName(c) + r,
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                        });
                    }

                    c++;
                }

                data.Append(xmlRow);
                r++;
            }

            var worksheet = new Worksheet(data);
            if (sheet.TryGetProperty("merges", out var merges) && merges.GetArrayLength() > 0)
            {
                worksheet.Append(new MergeCells(merges.EnumerateArray().Select(m => new MergeCell { Reference = m.GetString() })));
            }

            part.Worksheet = worksheet;
            sheets.Append(new Sheet { Id = $"rId{id}", SheetId = id, Name = sheet.GetProperty("name").GetString() });
            id++;
        }

        workbookPart.Workbook.Save();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        index++;
        while (index > 0)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
            index = (index - 1) / 26;
        }

        return name;
    }
}
