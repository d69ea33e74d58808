namespace PowerList.Versions;

/// <summary>
/// Diagnostic codes of releases, snapshots and comparisons (PL06xx). Messages are in Chinese, for the clerk.
/// docs/versions.md lists them.
/// </summary>
public static class VersionDiagnostics
{
    public const string ManifestSyntax = "PL0601";
    public const string ManifestStructure = "PL0602";
    public const string BadVersion = "PL0603";
    public const string BadDate = "PL0604";
    public const string DuplicateVersion = "PL0605";
    public const string SnapshotMissing = "PL0606";
    public const string DigestMismatch = "PL0607";
    public const string SnapshotNotListed = "PL0608";
    public const string SnapshotUnreadable = "PL0609";
    public const string ReleaseExists = "PL0610";
    public const string UnknownVersion = "PL0611";
    public const string SnapshotMismatch = "PL0612";
}
