using PowerList.Building;

namespace PowerList.Portal;

/// <summary>
/// A rebuilt jurisdiction's <c>j/&lt;id&gt;/</c> in an update in place (<see cref="PortalSiteUpdate"/>), made the same as
/// its part's site: a file the part build replaced is linked again (a part build writes a changed file anew, so a
/// different size or modification time tells it), files gone from the part are deleted.
/// </summary>
internal static class PartSiteSync
{
    /// <summary>
    /// Makes <paramref name="target"/> hold exactly the files of <paramref name="site"/> (not the part's own
    /// <c>.powerlist*</c> files): each tree read in one pass with lengths and times, a file linked again where they differ.
    /// </summary>
    public static void Sync(string site, string target, SiteChanges changes)
    {
        var wanted = FolderFiles.Stamps(site);
        var present = FolderFiles.Stamps(target);
        foreach (var (relative, stamp) in wanted)
        {
            if (Path.GetFileName(relative).StartsWith(".powerlist", StringComparison.Ordinal))
            {
                continue; // the part's build manifest and its kin (PortalMerge.SiteFiles)
            }

            if (present.Remove(relative, out var there) && there == stamp)
            {
                continue; // the same file (a hard link to it, or a copy given its time)
            }

            var from = Path.Combine(site, relative);
            var to = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            var temp = to + ".powerlist-tmp";
            File.Delete(temp);
            if (!HardLink.TryCreate(from, temp))
            {
                File.Copy(from, temp);
                File.SetLastWriteTimeUtc(temp, stamp.Time);
            }

            File.Move(temp, to, overwrite: true);
            changes.Written++;
        }

        // What is left of the target is no longer in the part (and the .powerlist* files, never synced).
        foreach (var relative in present.Keys)
        {
            File.Delete(Path.Combine(target, relative));
            changes.Deleted++;
        }

        if (present.Count > 0)
        {
            FolderFiles.RemoveEmpty(target);
        }
    }
}
