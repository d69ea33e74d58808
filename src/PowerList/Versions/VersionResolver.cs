using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Versions.Diffing;
using PowerList.Versions.Snapshots;

namespace PowerList.Versions;

/// <summary>
/// Turns a version name (a release in releases.yaml, or <c>current</c>) into a <see cref="VersionSide"/>. The working
/// lists are loaded only when asked for, through <paramref name="loadCurrent"/> (the loader and validator). A release
/// is verified before it is read.
/// </summary>
public sealed class VersionResolver(ReleaseStore store, ReleaseManifest manifest, Func<DiagnosticBag, ListSet?> loadCurrent)
{
    private ListSet? _current;

    public VersionSide? Resolve(string name, DiagnosticBag diagnostics)
    {
        if (name == VersionNames.Current)
        {
            _current ??= loadCurrent(diagnostics);
            return _current is null ? null : new VersionSide(VersionNames.Current, "", "当前清单", "", _current);
        }

        if (manifest.Find(name) is not { } release)
        {
            var known = manifest.Releases.IsEmpty ? "还没有发布过版本" : "已发布的版本：" + string.Join("、", manifest.Releases.Select(r => r.Version));
            diagnostics.Error(SourceLocation.OfFile(store.ManifestPath), VersionDiagnostics.UnknownVersion,
                $"没有版本“{name}”（可用 current 表示当前清单；{known}）");
            return null;
        }

        // A snapshot that no longer matches its digest is not compared: its content is not what was published.
        var lists = store.VerifyOne(release, diagnostics) ? store.Load(release, diagnostics) : null;
        return lists is null ? null : new VersionSide(release.Version, release.Date, release.Title, release.Document, lists);
    }
}
