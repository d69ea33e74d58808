namespace PowerList.Versions.Snapshots;

/// <summary>Names shared by the snapshot writer and reader.</summary>
public static class SnapshotFormat
{
    /// <summary>The value of the snapshot's <c>format</c> key.</summary>
    public const string Id = "powerlist-snapshot/1";

    /// <summary>Folder of snapshots, relative to the lists folder.</summary>
    public const string Folder = "releases";

    /// <summary>The releases file, relative to the lists folder.</summary>
    public const string ManifestFile = "releases.yaml";

    /// <summary>A snapshot's path relative to the lists folder, with forward slashes.</summary>
    public static string RelativePath(string version) => $"{Folder}/{version}.json";
}
