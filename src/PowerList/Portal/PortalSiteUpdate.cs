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
    public static bool MadeFrom(string partsRoot, string outputFolder, string partSet) =>
        Directory.Exists(outputFolder) && Lines(partsRoot) is { } lines && lines.Length >= 2 && lines[0] + "\n" + lines[1] == Record(outputFolder, partSet);

    /// <summary>
    /// Records in <paramref name="partsRoot"/> that <paramref name="outputFolder"/> is complete, made from <paramref name="partSet"/>,
    /// with the stamp (length, time) of each part's record (<c>part.json</c>) as the site holds it.
    /// </summary>
    public static void Record(string partsRoot, string outputFolder, string partSet, IEnumerable<(PortalPart Part, string Folder)> parts)
    {
        var marker = Path.Combine(partsRoot, Marker);
        Directory.CreateDirectory(partsRoot);
        var text = new System.Text.StringBuilder(Record(outputFolder, partSet));
        foreach (var (part, folder) in parts)
        {
            text.Append('\n').Append(part.Id).Append('\t').Append(RecordStamp(folder));
        }

        File.WriteAllText(marker + ".powerlist-tmp", text.ToString());
        File.Move(marker + ".powerlist-tmp", marker, overwrite: true);
    }

    /// <summary>
    /// The parts whose record (<c>part.json</c>) is not the one <see cref="Record(string, string, string, IEnumerable{ValueTuple{PortalPart, string}})"/>
    /// noted: built again since the site was completed (by this build, or by another process with <c>build --part</c>). A
    /// part build deletes its record first and writes it last, so a part built since has a record of another time; only
    /// these parts' <c>j/&lt;id&gt;/</c> can differ from their site (the others' files are not looked at).
    /// </summary>
    public static HashSet<string> RebuiltSince(string partsRoot, IEnumerable<(PortalPart Part, string Folder)> parts)
    {
        var noted = (Lines(partsRoot) ?? []).Skip(2).Select(l => l.Split('\t')).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return [.. parts.Where(p => noted.GetValueOrDefault(p.Part.Id) != RecordStamp(p.Folder)).Select(p => p.Part.Id)];
    }

    /// <summary>Forgets the record (<see cref="Record(string, string, string, IEnumerable{ValueTuple{PortalPart, string}})"/>): an update in place is starting.</summary>
    public static void Forget(string partsRoot) => File.Delete(Path.Combine(partsRoot, Marker));

    private static string Record(string outputFolder, string partSet) => Path.GetFullPath(outputFolder) + "\n" + partSet;

    private static string RecordStamp(string partFolder) => PortalWarm.Stamp(Path.Combine(partFolder, PartRecord.FileName));

    private static string[]? Lines(string partsRoot)
    {
        var marker = Path.Combine(partsRoot, Marker);
        return File.Exists(marker) ? File.ReadAllText(marker).Split('\n') : null;
    }

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
            Sync(Path.Combine(folder, PartRecord.SiteFolder), Path.Combine(outputFolder, PortalLayout.SiteFolder(part.Id)), changes);
        }

        since = timings?.Lap("sync j/", since) ?? default;

        // serve: the portal's files on disk as the last update left them, while no folder's time says otherwise
        // (PortalFilesOnDisk); asked before this update writes into the folders.
        var memory = precompress is null && warm is not null && warm.Disk.Holds(outputFolder) ? warm.Disk : null;
        since = timings?.Lap("portal files: folder times", since) ?? default;
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<string>();
        WritePortalFiles(parts, templates, outputFolder, precompress, warm, produced, written, changes, timings);
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
                WritePortalFiles(parts, templates, outputFolder, precompress, warm, produced, written, changes, timings);
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
            RemoveEmptyFolders(Path.Combine(outputFolder, top)); // only where a file was deleted
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

    /// <summary>
    /// Writes the portal's own files whose bytes changed (listed in <paramref name="written"/>); adds every path made to <paramref name="produced"/> (the
    /// files <paramref name="warm"/> kept, not made, are in its <see cref="PortalWarm.Kept"/>).
    /// </summary>
    private static void WritePortalFiles(
        IReadOnlyList<(PortalPart Part, string Folder)> parts, TemplateSet templates, string outputFolder, Precompression? precompress, PortalWarm? warm, HashSet<string> produced, List<string> written, SiteChanges changes, Diagnostics.TimingLog? timings)
    {
        warm?.Begin(inPlace: true);
        byte[]? Previous(string path) => File.Exists(Path.Combine(outputFolder, path)) ? File.ReadAllBytes(Path.Combine(outputFolder, path)) : null;
        var since = timings?.Now() ?? default;
        foreach (var file in PortalMerge.PortalFiles(parts, templates, precompress, Previous, warm, timings))
        {
            // Made lazily: the time to make a file is the time until it is handed over (the whole search index with its first file).
            since = timings?.Lap("make " + PortalFileKind(file.Path), since) ?? default;
            produced.Add(file.Path);
            var full = Path.Combine(outputFolder, file.Path);
            if (!SameAsFile(full, file.Content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var temp = full + ".powerlist-tmp";
                File.WriteAllBytes(temp, file.Content);
                File.Move(temp, full, overwrite: true);
                changes.Written++;
                written.Add(file.Path);
            }

            since = timings?.Lap("compare and write", since) ?? default;
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds exactly <paramref name="content"/>: its length first, then its
    /// bytes a block at a time (the portal's conformity bundles are megabytes: not read whole into memory).
    /// </summary>
    private static bool SameAsFile(string path, byte[] content)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        using (stream)
        {
            if (stream.Length != content.Length)
            {
                return false;
            }

            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                for (var at = 0; at < content.Length;)
                {
                    var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - at));
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(at, read)))
                    {
                        return false;
                    }

                    at += read;
                }

                return stream.Read(buffer, 0, 1) == 0;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>For the timings: the kind of a portal file by its path (side-by-side page, search index, other).</summary>
    private static string PortalFileKind(string path) =>
        path.StartsWith(PortalItemPages.Index, StringComparison.Ordinal) ? "catalogue/" : path.StartsWith(Output.SiteUrls.SearchIndexFolder, StringComparison.Ordinal) ? "search index" : "other";

    /// <summary>
    /// Makes <paramref name="target"/> hold exactly the files of <paramref name="site"/> (not the part's own
    /// <c>.powerlist*</c> files): each tree read in one pass with lengths and times, a file linked again where they differ.
    /// </summary>
    private static void Sync(string site, string target, SiteChanges changes)
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
            RemoveEmptyFolders(target);
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
