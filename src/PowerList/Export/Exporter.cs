using PowerList.Export.OpenData;
using PowerList.Model;

namespace PowerList.Export;

/// <summary>
/// Exports lists as one file: <c>xlsx</c> (the officials' table, one sheet per category), <c>csv</c> (open data: one
/// row per entry, <see cref="OpenDataTables.Entries"/>), <c>table-csv</c> (the officials' table as one CSV, which
/// <c>import</c> reads back) or <c>json</c>. The whole open-data folder is <see cref="OpenDataFiles"/>. Only public
/// entries, and no reference from them to a non-public code (<see cref="PublishedLists"/>), unless <c>includePrivate</c>.
/// </summary>
public static class Exporter
{
    public const string TableCsv = "table-csv";

    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv", TableCsv, "json"];

    public static byte[] Export(ListSet lists, string format, bool includePrivate = false)
    {
        lists = includePrivate ? lists : PublishedLists.Of(lists);
        var entries = (includePrivate ? lists.Entries : lists.PublicEntries).ToList();
        return format switch
        {
            "xlsx" => XlsxExporter.Write(ExportTable.Build(lists, entries, includePrivate)),
            "csv" => OpenDataTables.Entries(includePrivate).Csv(new ExportContext(lists, entries, includePrivate)),
            TableCsv => CsvExporter.Write(ExportTable.Build(lists, entries, includePrivate)),
            "json" => JsonExporter.Write(lists, entries),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "xlsx, csv, table-csv or json"),
        };
    }
}
