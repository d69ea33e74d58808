using PowerList.Diagnostics;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// One published release as recorded in <c>lists/releases.yaml</c>: its name, date, title, the document that
/// published it, the SHA-256 of its snapshot file's bytes and entry counts.
/// </summary>
public sealed record ReleaseInfo
{
    public string Version { get; init; } = "";

    /// <summary>YYYY-MM-DD.</summary>
    public string Date { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>The document that published this release, e.g. 克政办发〔2025〕8号; may be empty.</summary>
    public string Document { get; init; } = "";

    /// <summary>Lowercase hex SHA-256 of the snapshot file's bytes.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>All entries, public or not (kept in the repository only, never shown).</summary>
    public int Entries { get; init; }

    /// <summary>Entries that are published.</summary>
    public int PublicEntries { get; init; }

    /// <summary>Where the record starts in releases.yaml (for diagnostics).</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>Where its sha256 value is in releases.yaml.</summary>
    public SourceLocation Sha256Location { get; init; } = SourceLocation.None;

    public string SnapshotPath => SnapshotFormat.RelativePath(Version);
}
