using PowerList.Output;

namespace PowerList.Versions.Publishing;

/// <summary>The URLs of the versions feature, beside <see cref="SiteUrls"/> (site-relative, no leading slash).</summary>
public static class VersionUrls
{
    /// <summary>The history of one entry across releases.</summary>
    public static string EntryHistory(string code) => $"entry/{code}/history/";

    public const string CategoryChart = "versions/categories.svg";

    public const string DepartmentChart = "versions/departments.svg";

    public const string Feed = AtomFeed.Path;

    /// <summary>A page of release <paramref name="version"/>'s copy of the site; current pages are at the root.</summary>
    public static string In(string version, string url) => version == VersionNames.Current ? url : SiteUrls.Release(version) + url;

    public static string ReleaseJson(string version) => ReleaseDownloads.Folder(version) + Export.OpenData.OpenDataFiles.Json;

    public static string ReleaseCsv(string version) => ReleaseDownloads.Folder(version) + Export.OpenData.OpenDataTables.EntriesName + ".csv";

    public static string ReleaseXlsx(string version) => ReleaseDownloads.Folder(version) + Export.OpenData.OpenDataFiles.Xlsx;

    public static string ReleaseDataPackage(string version) => ReleaseDownloads.Folder(version) + Export.OpenData.DataPackage.Path;

    /// <summary>A file of the current data's downloads (<see cref="ReleaseDownloads.CurrentFolder"/>).</summary>
    public static string CurrentData(string file) => ReleaseDownloads.CurrentFolder + file;

    public static string CompareJson(string from, string to) => ReleaseDownloads.CompareBase(from, to) + ".json";

    public static string CompareCsv(string from, string to) => ReleaseDownloads.CompareBase(from, to) + ".csv";
}
