using PowerList.Export.OpenData;
using PowerList.Model;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The open-data downloads of the site (<see cref="OpenDataFiles"/>): the current lists under <c>data/current/</c> and
/// each release under <c>data/releases/&lt;version&gt;/</c>, the same files for both. The current files read everything
/// they are made from (every entry, public or not, since non-public codes are dropped from references; laws,
/// departments, categories, site), so an incremental build makes them again only when that changed. Each is written
/// straight to its file (<see cref="PlannedOutput.Streamed"/>): together they are about 1 GB at 100,000 entries.
/// </summary>
public static class OpenDataOutputs
{
    /// <summary>
    /// The current lists' files: they read the lists in full (<see cref="IdentityKind.Lists"/>), or, when
    /// <paramref name="deferred"/> (serve's <see cref="Site.Pipeline.WarmBuild.DeferDownloads"/>), only the fact that they are deferred.
    /// </summary>
    public static IEnumerable<PlannedOutput> Current(ListSet lists, bool deferred = false)
    {
        var title = CurrentTitle(lists);
        // serve: only the fact that they are deferred is read. A file already in the site is left there, whatever it
        // read before (MadeLater), and serve makes them all again in the background (CurrentFiles) once the editor is
        // idle; one is made here only when the site has none yet. A later build, which does not defer, finds this read
        // hashing differently and makes them again.
        Action<ReadSet> reads = deferred ? read => read.Add(IdentityKind.Deferred) : read => read.Add(IdentityKind.Lists);
        return OpenDataFiles.Of(lists, title, "").Select(f =>
        {
            var output = PlannedOutput.Streamed(ReleaseDownloads.CurrentFolder + f.Path, (read, stream) =>
            {
                reads(read);
                f.WriteTo(stream);
            });
            return deferred ? output.MadeLater(reads) : output;
        });
    }

    /// <summary>
    /// The current downloads as a build writes them (paths relative to the site, each written into the stream it is
    /// given): what serve writes in the background, straight to temporary files, after a build that deferred them.
    /// </summary>
    public static IEnumerable<OpenDataFile> CurrentFiles(ListSet lists, CancellationToken token = default) =>
        OpenDataFiles.Of(lists, CurrentTitle(lists), "", token: token).Select(f => f with { Path = ReleaseDownloads.CurrentFolder + f.Path });

    private static string CurrentTitle(ListSet lists) => $"{SiteTitle(lists.Site)}（现行数据）";

    /// <summary>
    /// A release's files; its title says 演示 when the release is a demonstration (the title written by <c>release</c>).
    /// They read the release alone (<see cref="IdentityKind.Release"/>, its snapshot): made once, then reused while it stays the same.
    /// </summary>
    public static IEnumerable<PlannedOutput> Release(VersionSide release) =>
        OpenDataFiles.Of(release.Lists, $"{release.Title}（版本 {release.Version}）", release.Version)
            .Select(f => PlannedOutput.Streamed(ReleaseDownloads.Folder(release.Version) + f.Path, (read, stream) =>
            {
                read.Add(IdentityKind.Release, release.Version);
                f.WriteTo(stream);
            }));

    public static string SiteTitle(SiteInfo site) => site.Title.Length > 0 ? site.Title : site.Jurisdiction + "权责清单";
}
