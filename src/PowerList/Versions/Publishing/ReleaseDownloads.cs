using System.Text;
using PowerList.Model;
using PowerList.Versions.Diffing;
using PowerList.Versions.Formatting;
using PowerList.Versions.Snapshots;

namespace PowerList.Versions.Publishing;

/// <summary>
/// Where the open-data files of releases and comparisons go, and the comparison's CSV as published: UTF-8 with a
/// BOM (so spreadsheet programs read the Chinese text) and CRLF. Release downloads are written by the exporter.
/// </summary>
public static class ReleaseDownloads
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static string Folder(string version) => $"data/releases/{version}/";

    /// <summary>The open-data files of the current lists, the same as a release's (<see cref="Export.OpenData.OpenDataFiles"/>).</summary>
    public const string CurrentFolder = "data/current/";

    public static string CompareBase(string from, string to) => $"data/compare/{from}...{to}";

    public static byte[] DiffCsvBytes(ListDiff diff) => WithBom(DiffCsv.Write(diff));

    private static byte[] WithBom(string text) => [.. Bom, .. Encoding.UTF8.GetBytes(text)];
}
