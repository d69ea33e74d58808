using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PowerList.Tabular;

namespace PowerList.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as .xlsx, one sheet per category (named after it), with DocumentFormat.OpenXml.
/// Relationship ids are fixed and the package is re-zipped with fixed timestamps, so the same lists always give the
/// same bytes.
/// </summary>
public static class XlsxExporter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(ExportTable table)
    {
        using var raw = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = doc.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var groups = table.Rows.GroupBy(r => r.Entry.Category)
                .OrderBy(g => CategoryNames.OrderOf(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            uint sheetId = 1;
            foreach (var group in groups)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{sheetId}");
                part.Worksheet = new Worksheet(Columns(table), SheetData(table, group));
                var name = SheetName(group.First()["权力类型"], group.Key);
                sheets.Append(new Sheet { Id = $"rIdSheet{sheetId}", SheetId = sheetId, Name = name });
                sheetId++;
            }

            if (groups.Count == 0)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
                part.Worksheet = new Worksheet(SheetData(table, []));
                sheets.Append(new Sheet { Id = "rIdSheet1", SheetId = 1, Name = "权责清单" });
            }

            workbookPart.Workbook.Save();
        }

        return Rezip(raw.ToArray());
    }

    private static Columns Columns(ExportTable table)
    {
        var columns = new Columns();
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var wide = table.Columns[i] is "实施依据" or "责任事项" or "责任事项依据" or "追责情形" or "部门职责" or "权限范围";
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = wide ? 50 : 16, CustomWidth = true });
        }

        return columns;
    }

    private static SheetData SheetData(ExportTable table, IEnumerable<ExportRow> rows)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Columns, header: true));
        uint n = 2;
        foreach (var row in rows)
        {
            data.Append(Row(n++, table.Columns.Select(c => row[c]).ToList(), header: false));
        }

        return data;
    }

    private static Row Row(uint index, IReadOnlyList<string> values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                continue;
            }

            row.Append(new Cell
            {
                CellReference = ColumnName(i) + index,
                DataType = CellValues.InlineString,
                StyleIndex = header ? 1U : 0U,
                InlineString = new InlineString(new Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - 1) / 26;
        }

        return name;
    }

    private static string SheetName(string categoryName, string code)
    {
        var name = categoryName.Length > 0 ? categoryName : code;
        foreach (var bad in new[] { '\\', '/', '?', '*', '[', ']', ':' })
        {
            name = name.Replace(bad, '_');
        }

        return name.Length > 31 ? name[..31] : name;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center } }));

    /// <summary>Copies the package's entries (in name order) into a new zip whose entries all carry one fixed time.</summary>
    private static byte[] Rezip(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The SDK gives the package's root relationship a random id; nothing refers to it, so fix it.
                    using var reader = new StreamReader(from);
                    var xml = System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "Id=\"R[0-9a-f]+\"", "Id=\"rIdWorkbook\"");
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(xml);
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
