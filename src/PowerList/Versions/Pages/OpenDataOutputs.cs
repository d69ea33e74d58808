using PowerList.Export.OpenData;
using PowerList.Model;
using PowerList.Building;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The open-data downloads of the site (<see cref="OpenDataFiles"/>): the current lists under <c>data/current/</c> and
/// each release under <c>data/releases/&lt;version&gt;/</c>, the same files for both. The current files are keyed by the
/// model hashes of everything they are made from (every entry, public or not, since non-public codes are dropped from
/// references; laws, departments, categories, site), so an incremental build makes them again only when that changed.
/// </summary>
public static class OpenDataOutputs
{
    public static IEnumerable<PlannedOutput> Current(ListSet lists, WarmBuild? warm)
    {
        var title = CurrentTitle(lists);
        if (warm?.Slot<DeferredDownloads>(nameof(DeferredDownloads)).Enabled == true)
        {
            // serve: one key that never changes, so the files already in the site are kept (made here only when the
            // site has none yet); serve makes them again in the background (CurrentFiles) once the editor is idle.
            return OpenDataFiles.Of(lists, title, "").Select(f => new PlannedOutput(
                ReleaseDownloads.CurrentFolder + f.Path,
                f.Bytes,
                () => new KeyWriter("opendata-deferred/1").Add(f.Path).ToArray()));
        }

        var key = new Lazy<byte[]>(() => Key(lists, title, warm), LazyThreadSafetyMode.ExecutionAndPublication);
        return OpenDataFiles.Of(lists, title, "").Select(f => new PlannedOutput(
            ReleaseDownloads.CurrentFolder + f.Path,
            f.Bytes,
            () => [.. new KeyWriter("opendata/1").Add(f.Path).ToArray(), .. key.Value]));
    }

    /// <summary>
    /// The current downloads as a build writes them (paths relative to the site, each made when called): what serve
    /// writes in the background after a build that deferred them.
    /// </summary>
    public static IEnumerable<(string Path, Func<byte[]> Bytes)> CurrentFiles(ListSet lists, CancellationToken token = default) =>
        OpenDataFiles.Of(lists, CurrentTitle(lists), "", token: token).Select(f => (ReleaseDownloads.CurrentFolder + f.Path, f.Bytes));

    private static string CurrentTitle(ListSet lists) => $"{SiteTitle(lists.Site)}（现行数据）";

    /// <summary>
    /// A release's files; its title says 演示 when the release is a demonstration (the title written by <c>release</c>).
    /// Keyed by the release alone (<see cref="VersionSide.Key"/>): made once, then reused while its snapshot stays the same.
    /// </summary>
    public static IEnumerable<PlannedOutput> Release(VersionSide release) =>
        OpenDataFiles.Of(release.Lists, $"{release.Title}（版本 {release.Version}）", release.Version)
            .Select(f => new PlannedOutput(ReleaseDownloads.Folder(release.Version) + f.Path, f.Bytes, ReleaseKey(release, "opendata-release/1", f.Path)));

    /// <summary>The inputs of an output made from releases alone (their <see cref="VersionSide.Key"/>s), or null (render every build) when one has no snapshot.</summary>
    public static Func<byte[]>? ReleaseKey(VersionSide release, string kind, string path, VersionSide? other = null) =>
        release.Key is { } key && (other is null || other.Key is not null)
            ? () => System.Text.Encoding.UTF8.GetBytes($"{kind}\n{path}\n{key}{other?.Key}")
            : null;

    public static string SiteTitle(SiteInfo site) => site.Title.Length > 0 ? site.Title : site.Jurisdiction + "权责清单";

    private static byte[] Key(ListSet lists, string title, WarmBuild? warm)
    {
        var hashes = ModelHashes.Of(lists, warm);
        var w = new KeyWriter("opendata-lists/1").Add(title).Add(hashes.Site);
        foreach (var e in lists.Entries)
        {
            w.Add(e.Public).Add(hashes.Entry(e));
        }

        foreach (var l in lists.Laws)
        {
            w.Add(hashes.Law(l.Id));
        }

        foreach (var d in lists.Departments)
        {
            w.Add(hashes.Department(d.Id));
        }

        foreach (var c in lists.Categories)
        {
            w.Add(hashes.Category(c.Code));
        }

        return w.ToArray();
    }
}
