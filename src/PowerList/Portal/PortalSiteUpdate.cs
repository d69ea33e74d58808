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
    /// <summary>
    /// The file beside the parts (<c>&lt;out&gt;.parts/.merged</c>, never in the site; a dot file, so <c>merge out.parts/*</c> does not take it for a part) that names the site a completed
    /// <c>build</c> made and the part folders it made it from; deleted when an update starts, written when a build ends.
    /// </summary>
    public const string Marker = ".merged";

    /// <summary>Whether <paramref name="outputFolder"/> is a complete site a build made from <paramref name="partSet"/> (the part folders), as recorded in <paramref name="partsRoot"/>.</summary>
    public static bool MadeFrom(string partsRoot, string outputFolder, string partSet)
    {
        var marker = Path.Combine(partsRoot, Marker);
        return Directory.Exists(outputFolder) && File.Exists(marker) && File.ReadAllText(marker) == Record(outputFolder, partSet);
    }

    /// <summary>Records in <paramref name="partsRoot"/> that <paramref name="outputFolder"/> is complete, made from <paramref name="partSet"/>.</summary>
    public static void Record(string partsRoot, string outputFolder, string partSet)
    {
        var marker = Path.Combine(partsRoot, Marker);
        Directory.CreateDirectory(partsRoot);
        File.WriteAllText(marker + ".powerlist-tmp", Record(outputFolder, partSet));
        File.Move(marker + ".powerlist-tmp", marker, overwrite: true);
    }

    /// <summary>Forgets the record (<see cref="Record(string, string, string)"/>): an update in place is starting.</summary>
    public static void Forget(string partsRoot) => File.Delete(Path.Combine(partsRoot, Marker));

    private static string Record(string outputFolder, string partSet) => Path.GetFullPath(outputFolder) + "\n" + partSet;

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
        PortalWarm? warm = null)
    {
        using var siteLock = SiteLock.Acquire(outputFolder);
        foreach (var (part, folder) in parts.Where(p => rebuilt.Contains(p.Part.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sync(Path.Combine(folder, PartRecord.SiteFolder), PortalMerge.SiteFiles(folder), Path.Combine(outputFolder, PortalLayout.SiteFolder(part.Id)), changes);
        }

        var produced = new HashSet<string>(StringComparer.Ordinal);
        var stale = WritePortalFiles(parts, templates, outputFolder, precompress, warm, produced, changes);
        if (stale)
        {
            // A file the memory said unchanged is not there (deleted by hand): made again, all of them, without it.
            warm!.ForgetFiles();
            produced.Clear();
            WritePortalFiles(parts, templates, outputFolder, precompress, warm, produced, changes);
        }

        var jurisdictions = Path.Combine(outputFolder, PortalLayout.SitesFolder);
        foreach (var top in Directory.EnumerateFileSystemEntries(outputFolder).Where(e => e != jurisdictions).ToList())
        {
            var files = Directory.Exists(top) ? Directory.EnumerateFiles(top, "*", SearchOption.AllDirectories).ToList() : [top];
            foreach (var file in files.Where(f => !produced.Contains(Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))))
            {
                File.Delete(file);
                changes.Deleted++;
            }

            RemoveEmptyFolders(top);
        }
    }

    /// <summary>
    /// Writes the portal's own files whose bytes changed; adds every path made or kept to <paramref name="produced"/>.
    /// Returns whether it is stale: a file <paramref name="warm"/> kept is missing.
    /// </summary>
    private static bool WritePortalFiles(
        IReadOnlyList<(PortalPart Part, string Folder)> parts, TemplateSet templates, string outputFolder, Precompression? precompress, PortalWarm? warm, HashSet<string> produced, SiteChanges changes)
    {
        warm?.Begin(inPlace: true);
        byte[]? Previous(string path) => File.Exists(Path.Combine(outputFolder, path)) ? File.ReadAllBytes(Path.Combine(outputFolder, path)) : null;
        foreach (var file in PortalMerge.PortalFiles(parts, templates, precompress, Previous, warm))
        {
            produced.Add(file.Path);
            var full = Path.Combine(outputFolder, file.Path);
            if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(file.Content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var temp = full + ".powerlist-tmp";
                File.WriteAllBytes(temp, file.Content);
                File.Move(temp, full, overwrite: true);
                changes.Written++;
            }
        }

        var stale = false;
        foreach (var path in warm?.Kept ?? [])
        {
            var full = new FileInfo(Path.Combine(outputFolder, path));
            produced.Add(path);
            stale |= !full.Exists;
            if (full.Exists && precompress is not null && precompress.Wants(path, full.Length))
            {
                produced.Add(path + Precompression.GzipSuffix); // made with the page, from the same bytes
                stale |= !File.Exists(full.FullName + Precompression.GzipSuffix);
            }
        }

        return stale;
    }

    /// <summary>Makes <paramref name="target"/> hold exactly <paramref name="files"/> of <paramref name="site"/>.</summary>
    private static void Sync(string site, List<string> files, string target, SiteChanges changes)
    {
        var deleted = 0;
        var wanted = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (var relative in files)
        {
            var from = new FileInfo(Path.Combine(site, relative));
            var to = new FileInfo(Path.Combine(target, relative));
            if (to.Exists && to.Length == from.Length && to.LastWriteTimeUtc == from.LastWriteTimeUtc)
            {
                continue; // the same file (a hard link to it, or a copy given its time)
            }

            Directory.CreateDirectory(to.DirectoryName!);
            var temp = to.FullName + ".powerlist-tmp";
            File.Delete(temp);
            if (!HardLink.TryCreate(from.FullName, temp))
            {
                File.Copy(from.FullName, temp);
                File.SetLastWriteTimeUtc(temp, from.LastWriteTimeUtc);
            }

            File.Move(temp, to.FullName, overwrite: true);
            changes.Written++;
        }

        if (Directory.Exists(target))
        {
            foreach (var file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).ToList())
            {
                if (!wanted.Contains(Path.GetRelativePath(target, file).Replace('\\', '/')))
                {
                    File.Delete(file);
                    changes.Deleted++;
                    deleted++;
                }
            }

            if (deleted > 0)
            {
                RemoveEmptyFolders(target);
            }
        }
    }

    private static void RemoveEmptyFolders(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            RemoveEmptyFolders(sub);
        }

        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
