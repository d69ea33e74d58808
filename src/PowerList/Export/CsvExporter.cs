using System.Text;

namespace PowerList.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as one CSV table, UTF-8 with BOM (so Excel opens it), CRLF line ends, RFC 4180
/// quoting. Text that a spreadsheet would run as a formula gets a leading apostrophe (<see cref="FormulaGuard"/>).
/// </summary>
public static class CsvExporter
{
    public static byte[] Write(ExportTable table)
    {
        var sb = new StringBuilder();
        Line(sb, table.Columns);
        foreach (var row in table.Rows)
        {
            Line(sb, table.Columns.Select(c => row[c]));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(sb.ToString())];
    }

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.Append(string.Join(",", cells.Select(Field))).Append("\r\n");
    }

    private static string Field(string value)
    {
        value = FormulaGuard.Guard(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
