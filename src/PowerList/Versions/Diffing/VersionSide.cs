using PowerList.Model;

namespace PowerList.Versions.Diffing;

/// <summary>
/// One side of a comparison: a release (version, date, title, document) or <c>current</c> (no date: every
/// adjustment after the other side's date counts), with its lists.
/// </summary>
public sealed record VersionSide(string Version, string Date, string Title, string Document, ListSet Lists)
{
    public bool IsCurrent => Version == VersionNames.Current;

    /// <summary>
    /// The SHA-256 (hex) its snapshot was verified against when loaded from the release store (<see
    /// cref="Snapshots.ReleaseLoader"/>), else empty: with <see cref="Version"/>, <see cref="Date"/>, <see
    /// cref="Title"/> and <see cref="Document"/> it determines the release's lists, so outputs made from the release
    /// alone are keyed by <see cref="Key"/> and made once while it stays the same.
    /// </summary>
    public string Snapshot { get; init; } = "";

    /// <summary>What a release's own outputs depend on (see <see cref="Snapshot"/>), or null when there is no snapshot.</summary>
    public string? Key => Snapshot.Length == 0 ? null : $"{Version}\n{Date}\n{Title}\n{Document}\n{Snapshot}\n";
}
