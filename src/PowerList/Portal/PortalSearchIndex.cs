using System.Runtime.InteropServices;
using PowerList.Building;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;

namespace PowerList.Portal;

/// <summary>
/// The portal's search index (<c>search-index/</c> at the portal's root), over every jurisdiction's public entries, made
/// from the parts' <see cref="PortalSearchDocuments"/> with the site's own index builder and writer, so both engines
/// (C# and <c>search.js</c>) query it unchanged. The department facet is the jurisdiction (id, name: the result line
/// names it; a filter <c>dept=&lt;id&gt;</c> narrows to it), the level facet the jurisdiction's level (省级, 市级, 县级),
/// the category facet the categories of all jurisdictions (by code, the first name met). Documents go in portal order,
/// each jurisdiction's in code order; a result links to <c>j/&lt;id&gt;/entry/&lt;code&gt;/</c>. Codes are unique per
/// jurisdiction only: a code query finds the first jurisdiction's entry with that code (the code field finds all).
/// Synonyms: every jurisdiction's, together. A result names the jurisdiction and the entry's department in it
/// (<see cref="SearchDocument.Unit"/>); the jurisdiction facet lists every jurisdiction with a match, not only the
/// most frequent (<c>topDepartments</c> is their number).
/// </summary>
public static class PortalSearchIndex
{
    /// <summary>Where a result links, relative to the portal's root (see <see cref="IndexWriter.Write"/>).</summary>
    public static readonly string EntryUrl = PortalLayout.SitesFolder + "/{dept}/" + SiteUrls.Entry("{code}");

    /// <param name="parts">In portal order (<see cref="PortalMerge.Order"/>).</param>
    /// <param name="documents">A part's documents, by id (<see cref="PortalPartFiles.SearchDocuments"/>).</param>
    /// <param name="previous">
    /// The file at a site-relative path of the site being updated (<c>serve</c>, <see cref="PortalSiteUpdate"/>), or null:
    /// a file whose uncompressed bytes are those of the previous one is taken as it is instead of compressed again.
    /// </param>
    /// <param name="warm">
    /// serve's memory (<see cref="PortalWarm"/>), or null: the index is patched from the last run's for the documents
    /// that changed, and a file whose source key is that of the file on disk is not returned but listed in
    /// <see cref="PortalWarm.Kept"/>.
    /// </param>
    /// <returns>Every file (with <paramref name="warm"/>: every file not kept), compressed, in ordinal path order.</returns>
    /// <param name="timings">Where the steps are timed (serve's <c>[timing]</c> lines), if anywhere.</param>
    public static IReadOnlyList<OutputFile> Files(IReadOnlyList<PortalPart> parts, Func<string, PortalSearchDocuments.Part> documents, Func<string, byte[]?>? previous = null, PortalWarm? warm = null, Diagnostics.TimingLog? timings = null)
    {
        var levels = parts.Select(p => PortalLevels.Of(p.Level).Label).Distinct().ToList();
        var departments = parts.Select(p => new Department { Id = p.Id, Name = p.Name }).ToList();
        var categories = new List<Category>();
        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var synonyms = new List<Synonym>();
        // Sized as the last run's (serve): at province scale some 300,000 codes, not grown by doubling on every edit.
        var claimed = new HashSet<string>(warm?.ClaimedCodes ?? 0, StringComparer.Ordinal);
        var docs = new List<SearchDocument>(warm?.Assembled.Values.Sum(a => a.Documents.Length) ?? 0);
        var since = timings?.Now() ?? default;
        var assembled = new Dictionary<string, PortalWarm.AssembledPart>(StringComparer.Ordinal);
        var sources = parts.Select(p => documents(p.Id)).ToList();
        // serve: when the parts are those of the last run in the same places, and every part read again has documents
        // with the same codes as before, every document claims what it claimed then: no pass over the portal's codes.
        var sameClaims = warm is not null && SameClaims(parts, sources, warm.Assembled);
        for (var j = 0; j < parts.Count; j++)
        {
            var part = sources[j];
            var mask = 1 << levels.IndexOf(PortalLevels.Of(parts[j].Level).Label);
            var remap = part.Categories.Select(c =>
            {
                if (!categoryIndex.TryGetValue(c.Code, out var i))
                {
                    categoryIndex[c.Code] = i = categories.Count;
                    categories.Add(c);
                }

                return i;
            }).ToArray();
            synonyms.AddRange(part.Synonyms);
            // serve: the part's documents as the last run placed them, when they are the same documents in the same place.
            var before = warm?.Assembled.GetValueOrDefault(parts[j].Id);
            var last = before is { } a && ReferenceEquals(a.Source, part) && a.Position == j && a.Mask == mask && a.Remap.AsSpan().SequenceEqual(remap) ? a.Documents : null;
            if (sameClaims && last is not null)
            {
                docs.AddRange(last); // the same documents, claiming the same codes
                assembled[parts[j].Id] = before!;
                continue;
            }

            var placed = new SearchDocument[part.Documents.Count];
            for (var k = 0; k < placed.Length; k++)
            {
                var d = part.Documents[k];
                var codes = sameClaims ? before!.Documents[k].Codes : Claim(d.Codes, claimed);
                placed[k] = last is not null && ReferenceEquals(last[k].Codes, codes) ? last[k] : d with
                {
                    Department = j,
                    Category = d.Category >= 0 ? remap[d.Category] : -1,
                    LevelMask = mask,
                    Codes = codes,
                };
            }

            docs.AddRange(placed);
            assembled[parts[j].Id] = new PortalWarm.AssembledPart(part, j, mask, remap, placed);
        }

        if (warm is not null)
        {
            warm.Assembled = assembled;
            warm.ClaimedCodes = sameClaims ? warm.ClaimedCodes : claimed.Count;
        }

        since = timings?.Lap("search index: documents", since) ?? default;
        var update = WarmSearch.MakeIndex(warm?.Search, [], docs);
        since = timings?.Lap(update.Patch is null ? "search index: inverted index" : "search index: patched", since) ?? default;
        var files = new CompressedFiles();
        var extracted = new DocumentExtractor.Extracted(docs, departments, categories, levels);
        // In place, with the keys of the files on disk: the writer hands the files it knows unchanged out as kept, not
        // made (the dictionary shards it need not place again, the code shards: no pass over every document's codes).
        var keep = warm is not null && warm.MayKeep && warm.SearchFiles.Count > 0;
        if (warm is not null && !warm.MayKeep)
        {
            warm.SearchFiles.Clear(); // a fresh folder: nothing on disk
        }

        // The keys on disk are updated in place (not a new map of every index file per edit), each file marked with this run.
        var run = warm is null ? 0 : ++warm.SearchRun;
        var seen = 0;
        var kind = "";
        var ofKind = 0;
        foreach (var file in IndexWriter.Files(extracted, update.Index, synonyms, warm?.Search.Files, update.Patch?.Touched, EntryUrl, departments.Count, keep))
        {
            // Timed by kind, the clock read when the kind changes and every 64th file of a kind, not for each of a
            // province's ~190,000 files (a thread's CPU time is a system call): the few files of a kind made since its
            // last reading are counted with the next kind.
            if (timings is not null)
            {
                var same = SameKind(file.Path, kind);
                if (!same || ++ofKind % 64 == 0)
                {
                    (kind, ofKind) = same ? (kind, ofKind) : (FileKind(file.Path), 0);
                    since = timings.Lap("search index: files: " + kind, since);
                }
            }

            if (warm is not null)
            {
                ref var onDisk = ref CollectionsMarshal.GetValueRefOrAddDefault(warm.SearchFiles, file.Path, out var known);
                seen++;
                var same = warm.MayKeep && known && onDisk.Key == file.SourceKey;
                onDisk = (file.SourceKey, run);
                if (same)
                {
                    warm.Kept.Add(file.Path);
                    continue;
                }

                if (file.IsKept)
                {
                    // The writer's memory and the keys of the files on disk are of the same run, or the runner forgot both.
                    throw new InvalidOperationException($"门户检索索引文件 {file.Path} 应沿用，但磁盘上的记录不同");
                }
            }

            files.Add(previous is null ? file : new DeferredOutput(file.Path, file.Source, source =>
                Same(previous(file.Path), source) is { } old ? old : file.Produce(source)));
        }

        if (warm is not null && seen != warm.SearchFiles.Count)
        {
            // Files of the last run no longer made: their keys go.
            foreach (var path in warm.SearchFiles.Where(f => f.Value.Run != run).Select(f => f.Key).ToList())
            {
                warm.SearchFiles.Remove(path);
            }
        }

        since = timings?.Lap("search index: files: end", since) ?? default;
        var finished = files.Finish();
        timings?.Measure("search index: compress", since);
        return finished;
    }

    /// <summary>For the timings: an index file's kind, the folder it is in (<c>dict</c>, <c>post</c>, <c>docs</c>, …) or its name.</summary>
    private static string FileKind(string path) => KindOf(path).ToString();

    private static ReadOnlySpan<char> KindOf(string path)
    {
        var relative = path.AsSpan(SiteUrls.SearchIndexFolder.Length);
        var slash = relative.IndexOf('/');
        return slash >= 0 ? relative[..slash] : relative[..Math.Max(0, relative.IndexOf('.'))];
    }

    /// <summary>Whether the index file at <paramref name="path"/> is of kind <paramref name="kind"/> (<see cref="FileKind"/>), without a new string.</summary>
    private static bool SameKind(string path, string kind) => KindOf(path).SequenceEqual(kind);

    /// <summary>
    /// Whether each document of <paramref name="sources"/> claims the codes it claimed in the last run (<paramref name="last"/>):
    /// the same parts in the same places, and each part read again has as many documents as before, each with the same
    /// codes (the codes a document claims depend only on its own and those of the documents before it).
    /// </summary>
    private static bool SameClaims(IReadOnlyList<PortalPart> parts, IReadOnlyList<PortalSearchDocuments.Part> sources, Dictionary<string, PortalWarm.AssembledPart> last)
    {
        if (last.Count != parts.Count)
        {
            return false;
        }

        for (var j = 0; j < parts.Count; j++)
        {
            if (!last.TryGetValue(parts[j].Id, out var before) || before.Position != j)
            {
                return false;
            }

            if (ReferenceEquals(before.Source, sources[j]))
            {
                continue;
            }

            var was = before.Source.Documents;
            var now = sources[j].Documents;
            if (was.Count != now.Count)
            {
                return false;
            }

            for (var k = 0; k < now.Count; k++)
            {
                if (!ReferenceEquals(was[k].Codes, now[k].Codes) && !was[k].Codes.SequenceEqual(now[k].Codes, StringComparer.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The codes of <paramref name="codes"/> not claimed by an earlier document (a code query finds the first
    /// jurisdiction's entry), claiming them: <paramref name="codes"/> itself when all are new (the usual case, so that
    /// serve can tell a document placed as before by reference).
    /// </summary>
    private static IReadOnlyList<string> Claim(IReadOnlyList<string> codes, HashSet<string> claimed)
    {
        List<string>? kept = null;
        for (var i = 0; i < codes.Count; i++)
        {
            if (!claimed.Add(codes[i]))
            {
                kept ??= [.. codes.Take(i)];
            }
            else
            {
                kept?.Add(codes[i]);
            }
        }

        return kept is null ? codes : kept;
    }

    /// <summary><paramref name="old"/> when it is a gzip file of exactly <paramref name="source"/>, else null.</summary>
    private static byte[]? Same(byte[]? old, byte[] source)
    {
        if (old is not [0x1F, 0x8B, ..])
        {
            return null;
        }

        try
        {
            return IndexFileCodec.Decompress(old).AsSpan().SequenceEqual(source) ? old : null;
        }
        catch (InvalidDataException)
        {
            return null; // damaged: made again
        }
    }
}
