using PowerList.Model;

namespace PowerList.Export.OpenData;

/// <summary>
/// The open-data downloads of one version of the lists, in one folder: <c>entries.json</c>, <c>entries.csv</c> and the
/// companion CSVs (<see cref="OpenDataTables"/>), <c>entries.xlsx</c> and <c>datapackage.json</c> describing them.
/// The site writes them for the current data and for each release; <c>powerlist export --format datapackage</c>
/// writes them to a folder. Only public entries unless <c>includePrivate</c>.
/// </summary>
public static class OpenDataFiles
{
    public const string Json = "entries.json";

    public const string Xlsx = "entries.xlsx";

    /// <summary>The files, relative to their folder, each made when written (in the order listed in datapackage.json, the package last).</summary>
    /// <param name="title">The package's title, e.g. 克拉玛依市权责清单（现行数据）.</param>
    /// <param name="version">The release version, or empty for the current data.</param>
    /// <param name="token">Stops the making of a file (<see cref="OperationCanceledException"/>): serve's background downloads.</param>
    public static IReadOnlyList<OpenDataFile> Of(ListSet lists, string title, string version, bool includePrivate = false, CancellationToken token = default)
    {
        lists = includePrivate ? lists : PublishedLists.Of(lists);
        var entries = (includePrivate ? lists.Entries : lists.PublicEntries).ToList();
        var context = new Lazy<ExportContext>(() => new ExportContext(lists, entries, includePrivate), LazyThreadSafetyMode.ExecutionAndPublication);
        var table = new Lazy<ExportTable>(() => ExportTable.Build(lists, entries, includePrivate, token), LazyThreadSafetyMode.ExecutionAndPublication);
        var tables = OpenDataTables.All(includePrivate);
        var files = new List<OpenDataFile> { new(Json, s => JsonExporter.Write(s, lists, Cancellable.Rows(entries, token))) };
        files.AddRange(tables.Select(t => new OpenDataFile(t.Path, s => t.Csv(s, context.Value, token))));
        files.Add(new(Xlsx, s => XlsxExporter.Write(s, table.Value, token)));
        files.Add(new(DataPackage.Path, s => s.Write(DataPackage.Write(
            PackageName(lists.Site.DivisionCode, version), title, Description(version), version, tables, table.Value.Columns))));
        return files;
    }

    private static string PackageName(string division, string version)
    {
        var raw = $"powerlist-{division}-{(version.Length > 0 ? version : "current")}".ToLowerInvariant();
        return new string([.. raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-')]);
    }

    private static string Description(string version) =>
        (version.Length > 0 ? $"版本 {version} 发布时的清单。" : "现行清单（最新数据，含已终止事项及其终止记录）。") +
        "entries.csv 每个事项一行，多值字段在格内每行一个值；子项、层级、责任事项、依据和调整另有以 code 关联的附表。CSV 为 UTF-8（带 BOM）、CRLF 换行，以 = + - @ 开头的文字前加了一个撇号（'），以免电子表格当作公式执行。";
}
