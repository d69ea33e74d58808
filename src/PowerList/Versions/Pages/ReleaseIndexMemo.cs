using PowerList.Output;
using PowerList.Search.Contributor;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The search index of a release's copy of the site (<c>v/&lt;version&gt;/search-index/</c>), so the search page of
/// an old version searches that version. A release is immutable once its snapshot is verified, so a warm process
/// (<c>serve</c>, <see cref="Site.Pipeline.WarmBuild.ReleaseIndexes"/>) builds each release's index once per snapshot
/// (<see cref="VersionSide.Key"/>: adding a release does not build the others' again) and keeps it; without one, or
/// for a release without a snapshot, it is built on every call.
/// </summary>
public sealed class ReleaseIndexMemo
{
    private readonly Dictionary<string, (string Key, IReadOnlyList<OutputFile> Files)> _byVersion = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The index files of <paramref name="release"/>, paths relative to its copy's root (<c>search-index/…</c>).</summary>
    public IReadOnlyList<OutputFile> Files(VersionSide release)
    {
        lock (_lock)
        {
            if (release.Key is { } key && _byVersion.TryGetValue(release.Version, out var known) && known.Key == key)
            {
                return known.Files;
            }

            IReadOnlyList<OutputFile> files = [.. Build(release)];
            if (release.Key is { } k)
            {
                _byVersion[release.Version] = (k, files);
            }

            return files;
        }
    }

    public static IEnumerable<OutputFile> Build(VersionSide release) => new SearchIndexContributor().Contribute(release.Lists);
}
