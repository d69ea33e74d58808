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
        // Straight into UTF-8 bytes (BOM first), in chunks (ChunkedBuffer): no whole-table string, no copies to grow a buffer.
        using var stream = new ChunkedBuffer();
        Write(stream, header, rows);
        return stream.ToArray();
    }

    /// <summary>The same table written into <paramref name="output"/> (a download written straight to its file); left open.</summary>
    public static void Write(Stream output, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        Line(writer, header);
        foreach (var row in rows)
        {
            Line(writer, row);
        }
    }

    private static void Line(StreamWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            Field(writer, cell);
            first = false;
        }

        writer.Write("\r\n");
    }

    private static void Field(StreamWriter writer, string value)
    {
        if (FormulaGuard.NeedsGuard(value))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(',', '"', '\n') >= 0 || value.Contains('\r') || value.StartsWith(' ') || value.EndsWith(' '))
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\""));
            writer.Write('"');
        }
        else
        {
            writer.Write(value);
        }
    }
}
