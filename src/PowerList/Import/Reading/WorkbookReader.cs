using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace PowerList.Import.Reading;

/// <summary>
/// Reads .xls, .xlsx and .csv into <see cref="RawWorkbook"/>. The format is decided by the first bytes of the
/// file. Merged ranges are filled: every cell of a range carries the value of its top-left cell.
/// </summary>
public static class WorkbookReader
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    static WorkbookReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static WorkbookFormat DetectFormat(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(OleMagic))
        {
            return WorkbookFormat.Xls;
        }

        return head.StartsWith(ZipMagic) ? WorkbookFormat.Xlsx : WorkbookFormat.Csv;
    }

    /// <summary>Reads a file. Throws <see cref="WorkbookReadException"/> when the content cannot be read.</summary>
    public static RawWorkbook Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var format = DetectFormat(bytes);
        if (format == WorkbookFormat.Csv && LooksBinary(bytes))
        {
            throw new WorkbookReadException($"无法读取 {Path.GetFileName(path)}：既不是 Excel 工作簿（.xls/.xlsx），也不是文本 CSV");
        }

        try
        {
            var sheets = format == WorkbookFormat.Csv ? [CsvSheetReader.Read(bytes, SheetNameOf(path))] : ReadExcel(bytes, format);
            if (format == WorkbookFormat.Csv && IsOpenDataTable(sheets[0]))
            {
                throw new WorkbookReadException(
                    $"无法导入 {Path.GetFileName(path)}：这是开放数据表（表头 code,{sheets[0].Rows[0][1]}…，由 powerlist export --format csv 或 datapackage 写出），" +
                    "不是官员的清单表格；要导出后再导入，请用 powerlist export --format xlsx 或 --format table-csv");
            }

            return new RawWorkbook(path, format, sheets);
        }
        catch (Exception ex) when (ex is not WorkbookReadException and (InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or IOException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException))
        {
            throw new WorkbookReadException($"无法读取 {Path.GetFileName(path)}（按内容判断为 {format}）：{ex.Message}", ex);
        }
    }

    /// <summary>The header of an open-data CSV (docs/cli.md "Open data"): first column <c>code</c>, second <c>name</c> or <c>seq</c>.</summary>
    private static bool IsOpenDataTable(RawSheet sheet) =>
        sheet.Rows.Length > 0 && sheet.Rows[0].Length > 1 && sheet.Rows[0][0] == "code" && sheet.Rows[0][1] is "name" or "seq";

    /// <summary>NUL bytes or a PDF header in the first 8 KB: not a CSV file.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        return head.IndexOf((byte)0) >= 0 || head.StartsWith("%PDF"u8);
    }

    private static string SheetNameOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static ImmutableArray<RawSheet> ReadExcel(byte[] bytes, WorkbookFormat format)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var config = new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(936) };
        using var reader = format == WorkbookFormat.Xls
            ? ExcelReaderFactory.CreateBinaryReader(stream, config)
            : ExcelReaderFactory.CreateOpenXmlReader(stream, config);
        var sheets = ImmutableArray.CreateBuilder<RawSheet>();
        do
        {
            var rows = new List<string[]>();
            while (reader.Read())
            {
                var row = new string[reader.FieldCount];
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = CellText(reader.GetValue(c));
                }

                rows.Add(row);
            }

            var merges = (reader.MergeCells ?? [])
                .Select(m => new CellSpan(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn))
                .OrderBy(m => m.FromRow).ThenBy(m => m.FromColumn)
                .ToImmutableArray();
            sheets.Add(Build(reader.Name ?? $"Sheet{sheets.Count + 1}", rows, merges));
        }
        while (reader.NextResult());

        return sheets.ToImmutable();
    }

    /// <summary>Builds a sheet: pads rows to one width and fills merged ranges from their top-left cell.</summary>
    public static RawSheet Build(string name, IReadOnlyList<string[]> rows, ImmutableArray<CellSpan> merges)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        foreach (var m in merges)
        {
            width = Math.Max(width, m.ToColumn + 1);
        }

        var height = rows.Count;
        var grid = new string[height][];
        for (var r = 0; r < height; r++)
        {
            grid[r] = new string[width];
            for (var c = 0; c < width; c++)
            {
                grid[r][c] = c < rows[r].Length ? rows[r][c] ?? "" : "";
            }
        }

        foreach (var m in merges)
        {
            if (m.FromRow >= height)
            {
                continue;
            }

            var value = grid[m.FromRow][m.FromColumn];
            for (var r = m.FromRow; r <= Math.Min(m.ToRow, height - 1); r++)
            {
                for (var c = m.FromColumn; c <= m.ToColumn; c++)
                {
                    grid[r][c] = value;
                }
            }
        }

        return new RawSheet(name, grid.Select(r => r.ToImmutableArray()).ToImmutableArray(), merges);
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
