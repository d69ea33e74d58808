using PowerList.Model;

namespace PowerList.Export;

/// <summary>
/// Exports lists as xlsx, csv or json. Only public entries, and no reference from them to a non-public code
/// (<see cref="PublishedLists"/>), unless <c>includePrivate</c>.
/// </summary>
public static class Exporter
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv", "json"];

    public static byte[] Export(ListSet lists, string format, bool includePrivate = false)
    {
        lists = includePrivate ? lists : PublishedLists.Of(lists);
        var entries = (includePrivate ? lists.Entries : lists.PublicEntries).ToList();
        return format switch
        {
            "xlsx" => XlsxExporter.Write(ExportTable.Build(lists, entries, includePrivate)),
            "csv" => CsvExporter.Write(ExportTable.Build(lists, entries, includePrivate)),
            "json" => JsonExporter.Write(lists, entries),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "xlsx, csv or json"),
        };
    }
}
