using System.Collections.Immutable;

namespace PowerList.Versions.Snapshots;

/// <summary>The releases recorded in <c>lists/releases.yaml</c>, oldest first.</summary>
public sealed record ReleaseManifest(ImmutableArray<ReleaseInfo> Releases)
{
    public static ReleaseManifest Empty { get; } = new(ImmutableArray<ReleaseInfo>.Empty);

    public ReleaseInfo? Find(string version) => Releases.FirstOrDefault(r => r.Version == version);

    public ReleaseInfo? Latest => Releases.IsEmpty ? null : Releases[^1];

    /// <summary>The one order of releases: date, then version (ordinal).</summary>
    public static IEnumerable<ReleaseInfo> Ordered(IEnumerable<ReleaseInfo> releases) =>
        releases.OrderBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Version, StringComparer.Ordinal);
}
