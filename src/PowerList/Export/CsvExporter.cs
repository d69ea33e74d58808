using System.Text;
using PowerList.Tabular;

namespace PowerList.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as one CSV table, UTF-8 with BOM (so Excel opens it), CRLF line ends, RFC 4180
/// quoting. Text that a spreadsheet would run as a formula gets a leading apostrophe (<see cref="FormulaGuard"/>).
/// </summary>
public static class CsvExporter
{
    /// <summary>The officials' table (<c>--format table-csv</c>), one row per sub-item, level or responsibility.</summary>
    public static byte[] Write(ExportTable table) =>
        Write(table.Columns, table.Rows.Select(row => table.Columns.Select(c => row[c])));

    /// <summary>Any table: a header line, then one line per row (the open-data tables, <see cref="OpenData.DataResource"/>).</summary>
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
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
