using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Building;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// Load stage for releases: reads <c>releases.yaml</c>, verifies every snapshot's digest and loads it. A broken
/// releases.yaml, a missing, altered or unreadable snapshot, a snapshot not recorded, or a link out of the lists
/// folder is an error (with its place) in <see cref="LoadedReleases.Diagnostics"/>; <c>verify</c> runs the same checks.
/// Each release's lists are reduced to what may be published (<see cref="PublishedLists"/>).
/// </summary>
public static class ReleaseLoader
{
    public static LoadedReleases Load(string listsRoot)
    {
        var store = new ReleaseStore(listsRoot);
        var folder = Path.Combine(listsRoot, SnapshotFormat.Folder);
        if (!File.Exists(store.ManifestPath) && FileTypes.Of(store.ManifestPath) == FileType.Missing && !Directory.Exists(folder))
        {
            return LoadedReleases.Empty;
        }

        var bag = new DiagnosticBag();
        if (!Closed(listsRoot, store, bag))
        {
            return new LoadedReleases([], 0, [.. bag.ToSortedList()]);
        }

        store.Verify(bag, out var verified);
        var releases = new List<VersionSide>();
        var key = new KeyWriter("releases/1");
        foreach (var release in verified)
        {
            if (store.Load(release, bag) is { } lists)
            {
                releases.Add(new VersionSide(release.Version, release.Date, release.Title, release.Document, PublishedLists.Of(lists)) { Snapshot = release.Sha256 });
                key.Add(release.Version).Add(release.Date).Add(release.Title).Add(release.Document).Add(release.Sha256);
            }
        }

        return new LoadedReleases([.. releases], key.Add(releases.Count).Hash(), [.. bag.ToSortedList()]);
    }

    /// <summary>releases.yaml and every file in releases/ must be plain files inside the lists folder (<see cref="ClosedTree"/>).</summary>
    private static bool Closed(string listsRoot, ReleaseStore store, DiagnosticBag bag)
    {
        var tree = new ClosedTree(listsRoot);
        var folder = Path.Combine(listsRoot, SnapshotFormat.Folder);
        var ok = tree.Resolve(store.ManifestPath, bag) is FileType.Regular or FileType.Missing;
        var folderType = tree.Resolve(folder, bag);
        ok &= folderType is FileType.Directory or FileType.Missing;
        if (folderType == FileType.Directory)
        {
            foreach (var file in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                ok &= tree.Resolve(file, bag) is not null;
            }
        }

        return ok;
    }
}
