using System.Globalization;
using PowerList.Portal;
using PowerList.Site.Pages;

namespace PowerList.Cli.Commands;

/// <summary>
/// The portal's site made from its parts: updated in place where it is the site made from the same parts
/// (<see cref="PortalSiteUpdate"/>; serve: the one this runner merged or updated last; build: the one a completed build
/// recorded, <see cref="MergedSiteRecord"/>), else merged anew (<see cref="PortalMerge"/>).
/// </summary>
internal sealed partial class PortalBuildRunner
{
    /// <summary>
    /// Writes the site from the parts in <paramref name="folders"/> (<paramref name="rebuilt"/>: those this run built);
    /// the number of parts and the line that says what changed. <paramref name="changes"/> is set when an update in place
    /// starts: what it changed of the site so far, also when it fails half-way.
    /// </summary>
    private (int Parts, string Summary) WriteSite(List<string> folders, string partsRoot, List<string> rebuilt, TemplateSet set, PartOptions options, CancellationToken token, ref SiteChanges? changes)
    {
        var parts = PortalMerge.ReadParts(folders);
        var partSet = string.Join(" ", folders);
        string summary;
        // serve: the site this runner merged or updated last, from the same parts. build (not --clean): the site a
        // completed build made from the same parts (its marker); the parts synced, by size and time, are those whose
        // record is not the one the marker noted: rebuilt by this build or by another process (build --part) since.
        var inPlace = Warm ? _mergedSet == partSet && Directory.Exists(output) : !Clean && MergedSiteRecord.MadeFrom(partsRoot, output, partSet);
        if (inPlace)
        {
            changes = new SiteChanges();
            try
            {
                var sync = Warm ? rebuilt.ToHashSet(StringComparer.Ordinal) : MergedSiteRecord.RebuiltSince(partsRoot, parts);
                MergedSiteRecord.Forget(partsRoot); // until this build ends: a half-done update is merged anew next time
                PortalSiteUpdate.Update(parts, sync, set, output, options.Precompress, changes, token, _portalWarm, Timings);
            }
            catch
            {
                _mergedSet = null; // stopped half-way (cancelled or failed): the next run merges anew
                _portalWarm = null;
                throw;
            }

            var (written, deleted) = (changes.Written, changes.Deleted);
            LastUpdatedInPlace = true;
            var kept = _portalWarm?.Kept.Count ?? 0;
            Timings?.Mark($"portal: update in place ({kept} portal files kept)");
            summary = $"{written} 个文件更新，{deleted} 个删除" + (kept > 0 ? $"，{kept} 个门户文件沿用" : "");
        }
        else
        {
            _mergedSet = null;
            _portalWarm = Warm ? _portalWarm ?? new PortalWarm() : null;
            var (files, bytes) = PortalMerge.Merge(parts, set, output, options.Precompress, token, RemoveOld(), _portalWarm);
            _mergedSet = partSet;
            Timings?.Mark("portal: merge");
            summary = $"{files} 个文件，{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB";
        }

        if (!Warm)
        {
            MergedSiteRecord.Write(partsRoot, output, partSet, parts); // complete: the next build may update it in place
        }

        return (parts.Count, summary);
    }

    /// <summary>
    /// What a failed run left of the site, truthfully: unchanged, unless an update in place had already replaced or
    /// deleted files (<paramref name="changes"/>); such a site is a mix of old and new files until the next run, which
    /// merges it anew (the update forgot the record of a complete site before it started).
    /// </summary>
    private string SiteState(SiteChanges? changes) => changes is { Any: true }
        ? $"{output} 已部分更新（{changes.Written} 个文件已替换，{changes.Deleted} 个已删除），新旧文件混杂；下一次生成会重新合并整个网站。"
        : $"{output} 保持原样。";

    private OldSiteRemoval RemoveOld() =>
        DetachCleanup ? OldSiteRemoval.Detached : RemoveOldInBackground ? OldSiteRemoval.Background : OldSiteRemoval.Wait;
}
