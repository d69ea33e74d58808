using PowerList.Building;
using PowerList.Output;
using PowerList.Site.Compression;
using PowerList.Site.Pages;
using PowerList.Site.Writing;

namespace PowerList.Portal;

/// <summary>
/// Assembles a portal's site from its parts (<see cref="PortalPartBuilder"/>), built in this process or in others,
/// on this machine or elsewhere: each part's <c>site/</c> at <c>j/&lt;id&gt;/</c> (hard links where possible), then the
/// portal's own pages (<see cref="PortalPages"/>). Atomic like every build (<see cref="AtomicSiteWriter"/>): a failed
/// merge leaves the previous site. The same parts give the same bytes, whatever order they are named in.
/// </summary>
public static class PortalMerge
{
    /// <summary>Portal order: by level (省级 first), then division code, then id.</summary>
    public static IReadOnlyList<PortalPart> Order(IEnumerable<PortalPart> parts) =>
        [.. parts.OrderBy(p => PortalJurisdiction.Rank(p.Level)).ThenBy(p => p.DivisionCode, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>Reads the records of <paramref name="partFolders"/> and checks they belong to one portal.</summary>
    /// <exception cref="InvalidDataException">A folder is not a complete part, two parts have the same id, or they name different portals.</exception>
    public static IReadOnlyList<(PortalPart Part, string Folder)> ReadParts(IEnumerable<string> partFolders)
    {
        var parts = partFolders.Select(f => (Part: PartRecord.Read(f), Folder: Path.GetFullPath(f))).ToList();
        if (parts.Count == 0)
        {
            throw new InvalidDataException("没有要合并的辖区部分");
        }

        foreach (var same in parts.GroupBy(p => p.Part.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidDataException($"辖区 {same.Key} 出现了不止一次：{string.Join("、", same.Select(p => p.Folder))}");
        }

        var portal = parts[0].Part.Portal;
        if (parts.FirstOrDefault(p => p.Part.Portal != portal) is { Part: not null } other)
        {
            throw new InvalidDataException($"{other.Folder} 与 {parts[0].Folder} 来自不同的门户（portal.yaml 不同），不能合并");
        }

        var order = Order(parts.Select(p => p.Part));
        return [.. order.Select(part => parts.First(p => p.Part.Id == part.Id))];
    }

    /// <summary>
    /// The portal's own files (everything outside <c>j/</c>) made from the parts' records, with their precompressed
    /// copies: what <see cref="Merge"/> writes around the parts, and what <see cref="PortalSiteUpdate"/> rewrites.
    /// </summary>
    /// <param name="previous">The files of the site being updated, or null (<see cref="PortalPages.Render"/>).</param>
    /// <param name="warm">serve's memory (<see cref="PortalPages.Render"/>), or null.</param>
    /// <param name="timings">Where the search index's steps are timed, if anywhere.</param>
    public static IEnumerable<OutputFile> PortalFiles(IReadOnlyList<(PortalPart Part, string Folder)> parts, TemplateSet templates, Precompression? precompress, Func<string, byte[]?>? previous = null, PortalWarm? warm = null, Diagnostics.TimingLog? timings = null)
    {
        foreach (var file in PortalPages.Render([.. parts.Select(p => p.Part)], parts[0].Part.Portal, templates, new PortalPartFiles(parts, warm), previous: previous, warm: warm, timings: timings))
        {
            yield return file;
            if (precompress is not null && precompress.Wants(file.Path, file.Content.Length))
            {
                yield return new OutputFile(file.Path + Precompression.GzipSuffix, precompress.Gzip(file.Content));
            }
        }
    }

    /// <summary>The files of a part's site that belong in the portal's site (not the part's build manifest and its kin), relative, in ordinal order.</summary>
    public static List<string> SiteFiles(string partFolder)
    {
        var site = Path.Combine(partFolder, PartRecord.SiteFolder);
        return Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith(".powerlist", StringComparison.Ordinal)) // the build manifest and its kin: the part's own state
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes the portal's site into <paramref name="outputFolder"/>; returns the number of files and bytes.</summary>
    /// <param name="removal">How the previous site, renamed away when the new one is in place, is deleted.</param>
    /// <param name="warm">serve's memory, filled for the next runs' updates in place (<see cref="PortalSiteUpdate"/>); null: none.</param>
    public static (long Files, long Bytes) Merge(IReadOnlyList<(PortalPart Part, string Folder)> parts, TemplateSet templates, string outputFolder, Precompression? precompress, CancellationToken cancellationToken = default, OldSiteRemoval removal = OldSiteRemoval.Wait, PortalWarm? warm = null)
    {
        warm?.Begin(inPlace: false);
        using var siteLock = SiteLock.Acquire(outputFolder);
        using var writer = AtomicSiteWriter.Open(outputFolder);
        foreach (var (part, folder) in parts)
        {
            var site = Path.Combine(folder, PartRecord.SiteFolder);
            var files = SiteFiles(folder);
            Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, relative =>
            {
                var full = Path.Combine(site, relative);
                writer.Reuse(PortalLayout.SiteFolder(part.Id) + relative, full, new FileInfo(full).Length);
            });
        }

        // serve: the portal's own files as written, so that its first update in place need not list them (PortalFilesOnDisk).
        var written = warm is not null && precompress is null ? new List<string>() : null;
        foreach (var file in PortalFiles(parts, templates, precompress, warm: warm))
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(file);
            written?.Add(file.Path);
        }

        var result = (writer.FilesWritten, writer.BytesWritten);
        writer.Commit();
        if (written is not null)
        {
            warm!.Disk.Remember(outputFolder, written, PortalLayout.SitesFolder);
        }

        switch (removal)
        {
            case OldSiteRemoval.Detached:
                writer.DeleteOldDetached();
                break;
            case OldSiteRemoval.Background when writer.OldFolder is { } previous:
                _ = Task.Run(() => StaleFolders.TryDelete(previous), CancellationToken.None);
                break;
            default:
                writer.DeleteOld();
                break;
        }

        return result;
    }
}
