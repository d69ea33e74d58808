using PowerList.Building;
using PowerList.Site.Compression;
using PowerList.Site.Pages;
using PowerList.Site.Writing;

namespace PowerList.Portal;

/// <summary>
/// <c>serve</c>'s way to bring a portal's site up to date when only some jurisdictions' parts were rebuilt: the site
/// <see cref="PortalMerge.Merge"/> made from the same part folders is updated in place. Each rebuilt jurisdiction's
/// <c>j/&lt;id&gt;/</c> is made the same as its part's site (a file the part build replaced is linked again — a part
/// build writes a changed file anew, so a different size or modification time tells it; files gone from the part are
/// deleted), then the portal's own files are rewritten where their bytes changed and removed where no longer made.
/// The result is the site a merge would write; each file is replaced atomically, the whole is not (a preview's
/// rebuild, not a publication).
/// </summary>
public static class PortalSiteUpdate
{
    /// <param name="parts">Every part, in portal order (<see cref="PortalMerge.ReadParts"/>).</param>
    /// <param name="rebuilt">The ids of the parts rebuilt since the site was made or last updated.</param>
    /// <param name="warm">
    /// What the last run (a merge or an update of this folder) kept (<see cref="PortalWarm"/>): the side-by-side pages and
    /// search index files it knows unchanged are left as they are, not made nor compared; null: every portal file is
    /// made and compared. A kept file found missing makes the portal's files again without this memory.
    /// </param>
    /// <param name="changes">Counts the files linked or written and deleted, as they are (also when the update fails half-way).</param>
    public static void Update(
        IReadOnlyList<(PortalPart Part, string Folder)> parts,
        IReadOnlySet<string> rebuilt,
        TemplateSet templates,
        string outputFolder,
        Precompression? precompress,
        SiteChanges changes,
        CancellationToken cancellationToken = default,
        PortalWarm? warm = null,
        Diagnostics.TimingLog? timings = null)
    {
        using var siteLock = SiteLock.Acquire(outputFolder);
        var since = timings?.Now() ?? default;
        foreach (var (part, folder) in parts.Where(p => rebuilt.Contains(p.Part.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            PartSiteSync.Sync(Path.Combine(folder, PartRecord.SiteFolder), Path.Combine(outputFolder, PortalLayout.SiteFolder(part.Id)), changes);
        }

        since = timings?.Lap("sync j/", since) ?? default;

        // serve: the portal's files on disk as the last update left them, while no folder's time says otherwise
        // (PortalFilesOnDisk); asked before this update writes into the folders.
        var memory = precompress is null && warm is not null && warm.Disk.Holds(outputFolder) ? warm.Disk : null;
        since = timings?.Lap("portal files: folder times", since) ?? default;
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<string>();
        PortalFileWriter.Write(parts, templates, outputFolder, precompress, warm, produced, written, changes, timings);
        since = timings?.Now() ?? default;
        var gone = memory?.Unproduced(produced, warm!.Kept);
        var remembered = gone is not null;
        if (gone is null)
        {
            // The portal's files on disk (outside j/), read from the directories in one pass: a kept file must be among
            // them, and those no longer made are deleted.
            var onDisk = FolderFiles.Names(outputFolder, PortalLayout.SitesFolder);
            since = timings?.Lap("list portal files", since) ?? default;
            if (Stale(warm, outputFolder, precompress, produced, onDisk))
            {
                // A file the memory said unchanged is not there (deleted by hand): made again, all of them, without it.
                warm!.ForgetFiles();
                produced.Clear();
                PortalFileWriter.Write(parts, templates, outputFolder, precompress, warm, produced, written, changes, timings);
                onDisk = FolderFiles.Names(outputFolder, PortalLayout.SitesFolder);
                since = timings?.Now() ?? default;
            }

            gone = [.. onDisk.Where(p => !produced.Contains(p))];
        }
        else
        {
            since = timings?.Lap("portal files: remembered", since) ?? default;
        }

        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in gone)
        {
            File.Delete(Path.Combine(outputFolder, path));
            changes.Deleted++;
            folders.Add(path.Split('/')[0]);
        }

        foreach (var top in folders)
        {
            FolderFiles.RemoveEmpty(Path.Combine(outputFolder, top)); // only where a file was deleted
        }

        if (remembered)
        {
            memory!.Wrote(outputFolder, written, gone.Count);
        }
        else if (precompress is null)
        {
            warm?.Disk.Remember(outputFolder, produced, PortalLayout.SitesFolder);
        }

        timings?.Measure("remove stale", since);
    }

    /// <summary>
    /// Adds the files <paramref name="warm"/> kept (and their <c>.gz</c> copies) to <paramref name="produced"/>; whether
    /// one of them is missing from <paramref name="onDisk"/> (the memory is stale: a file was deleted by hand).
    /// </summary>
    private static bool Stale(PortalWarm? warm, string outputFolder, Precompression? precompress, HashSet<string> produced, HashSet<string> onDisk)
    {
        var stale = false;
        foreach (var path in warm?.Kept ?? [])
        {
            produced.Add(path);
            var exists = onDisk.Contains(path);
            stale |= !exists;
            if (exists && precompress is not null && precompress.Wants(path, new FileInfo(Path.Combine(outputFolder, path)).Length))
            {
                produced.Add(path + Precompression.GzipSuffix); // made with the page, from the same bytes
                stale |= !onDisk.Contains(path + Precompression.GzipSuffix);
            }
        }

        return stale;
    }
}
