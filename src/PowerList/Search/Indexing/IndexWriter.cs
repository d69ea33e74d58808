using System.Text.Json;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Analysis;
using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>
/// Writes the index as static files under <see cref="SiteUrls.SearchIndexFolder"/> (format in docs/search.md):
/// <c>meta</c>, <c>facets</c>, <c>departments/N</c>, <c>dict/N</c> (term shards by FNV hash), <c>post/N</c> (posting
/// packs), <c>docs/N</c> (document store), <c>codes/N</c> (code → doc id), <c>t2s/N</c> (traditional → simplified,
/// by high byte of the character); each a gzip-compressed JSON file <c>*.jgz</c> (<see cref="IndexFileCodec"/>).
/// </summary>
public static class IndexWriter
{
    private const string Folder = SiteUrls.SearchIndexFolder;

    /// <summary>Every file, compressed, in ordinal path order.</summary>
    public static IReadOnlyList<OutputFile> Write(DocumentExtractor.Extracted extracted, InvertedIndex index, IReadOnlyList<Synonym> synonyms)
    {
        var files = new CompressedFiles();
        files.AddRange(Files(extracted, index, synonyms));
        return files.Finish();
    }

    /// <summary>
    /// Every file, lazily, uncompressed with what compresses it (<see cref="IndexFileCodec.Compress"/>) and its final
    /// path (<c>*.jgz</c>, posting packs <c>*.bgz</c>): an incremental build compresses only the files that changed.
    /// Not in path order. Holds <paramref name="extracted"/> and <paramref name="index"/> until enumerated to the end.
    /// </summary>
    /// <param name="memory">Remembers the term files of this build for the next one in this process, or null (<see cref="TermFiles"/>).</param>
    /// <param name="changedTerms">The terms whose postings may differ from the previous build's (<see cref="IndexPatcher"/>); null: all.</param>
    /// <param name="entryUrl">
    /// Where a result links, relative to the site root: <c>{code}</c> is the entry's code, <c>{dept}</c> its department's
    /// id (a portal's index, whose "departments" are its jurisdictions: <c>j/{dept}/entry/{code}/</c>); null: the site's
    /// entry pages.
    /// </param>
    /// <param name="topDepartments">How many departments the department facet lists (the most frequent); null: <see cref="IndexSettings.TopDepartments"/> (a portal's index: all its jurisdictions).</param>
    /// <param name="keep">
    /// Whether a file known from <paramref name="memory"/> to be the previous build's may be handed out as kept
    /// (<see cref="DeferredOutput.Kept"/>: a warm session that keeps files in bulk, <see cref="IDeferredContributor"/>).
    /// </param>
    public static IEnumerable<DeferredOutput> Files(
        DocumentExtractor.Extracted extracted,
        InvertedIndex index,
        IReadOnlyList<Synonym> synonyms,
        IndexFilesMemory? memory = null,
        IReadOnlySet<string>? changedTerms = null,
        string? entryUrl = null,
        int? topDepartments = null,
        bool keep = false)
    {
        return Uncompressed(extracted, index, synonyms, memory, changedTerms, entryUrl, topDepartments ?? IndexSettings.TopDepartments, keep && memory is not null);
    }

    /// <summary>A JSON file (<c>*.json</c> → <c>*.jgz</c>), compressed when produced.</summary>
    private static DeferredOutput Json(string path, byte[] content) =>
        new(path[..^".json".Length] + IndexFileCodec.Extension, content, IndexFileCodec.Compress);

    /// <summary>The file <paramref name="before"/> of the previous build, unchanged, with its previous key (made only if needed).</summary>
    private static DeferredOutput Unchanged(RememberedFile before, Func<byte[]> make) => new(before.Path, before.Key, make, IndexFileCodec.Compress);

    /// <summary>Whether the document store shows <paramref name="a"/> and <paramref name="b"/> alike.</summary>
    private static bool SameDisplay(SearchDocument a, SearchDocument b) =>
        a.Code == b.Code && a.Name == b.Name && a.Department == b.Department && a.Category == b.Category && a.Snippet == b.Snippet
        && a.GuideUrl == b.GuideUrl && a.OnlineUrl == b.OnlineUrl && a.Unit == b.Unit;

    private static IEnumerable<DeferredOutput> Uncompressed(
        DocumentExtractor.Extracted extracted, InvertedIndex index, IReadOnlyList<Synonym> synonyms, IndexFilesMemory? memory, IReadOnlySet<string>? changedTerms, string? entryUrl, int topDepartments, bool keep)
    {
        var previousDocs = memory?.Documents is { } p && p.Count == extracted.Documents.Count ? p : null;
        var docs = extracted.Documents;
        var n = docs.Count;
        var dictShards = Math.Max(1, (index.TermCount + IndexSettings.TermsPerDictShard - 1) / IndexSettings.TermsPerDictShard);
        var codeCount = 0;
        var sameCodes = previousDocs is not null;
        for (var d = 0; d < n; d++)
        {
            codeCount += docs[d].Codes.Count;
            sameCodes = sameCodes && (ReferenceEquals(docs[d].Codes, previousDocs![d].Codes) || docs[d].Codes.SequenceEqual(previousDocs[d].Codes, StringComparer.Ordinal));
        }

        var codeShards = Math.Max(1, (codeCount + IndexSettings.CodesPerShard - 1) / IndexSettings.CodesPerShard);
        var t2sBuckets = CharFolding.TraditionalToSimplified.GroupBy(p => p.Key >> IndexSettings.T2sShift).OrderBy(g => g.Key).ToList();

        yield return Json(Folder + "meta.json", JsonOut.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("format", IndexSettings.FormatVersion);
            w.WriteNumber("docs", n);
            w.WriteNumber("dictShards", dictShards);
            w.WriteNumber("codeShards", codeShards);
            w.WriteNumber("docsPerShard", IndexSettings.DocsPerShard);
            w.WriteNumber("phraseBoost", IndexSettings.PhraseBoost);
            w.WriteNumber("codeBoost", IndexSettings.CodeBoost);
            w.WriteNumber("rowReads", IndexSettings.RowReads);
            w.WriteNumber("rowTerms", IndexSettings.RowTermThreshold(n));
            w.WriteString("entryUrl", entryUrl ?? SiteUrls.Entry("{code}"));
            // The t2s files as ranges [first, last] of consecutive N (format 7; was every N).
            w.WriteNumber("t2sShift", IndexSettings.T2sShift);
            w.WriteStartArray("t2s");
            for (var i = 0; i < t2sBuckets.Count; i++)
            {
                var first = t2sBuckets[i].Key;
                while (i + 1 < t2sBuckets.Count && t2sBuckets[i + 1].Key == t2sBuckets[i].Key + 1)
                {
                    i++;
                }

                w.WriteStartArray();
                w.WriteNumberValue(first);
                w.WriteNumberValue(t2sBuckets[i].Key);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteNumber("departments", extracted.Departments.Count);
            w.WriteNumber("departmentsPerShard", IndexSettings.DepartmentsPerShard);
            w.WriteNumber("topDepartments", topDepartments);
            WritePairs(w, "categories", extracted.Categories.Select(c => (c.Code, c.Name)));
            w.WriteStartArray("levels");
            foreach (var level in extracted.Levels)
            {
                w.WriteStringValue(level);
            }

            w.WriteEndArray();
            w.WriteStartObject("synonyms");
            foreach (var group in synonyms.Where(s => s.Term.Trim().Length > 0)
                         .GroupBy(s => CharFolding.Fold(s.Term.Trim()), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                w.WriteStartArray(group.Key);
                foreach (var expansion in group.SelectMany(s => s.Expansions).Select(e => CharFolding.Fold(e.Trim()))
                             .Where(e => e.Length > 0 && e != group.Key).Distinct(StringComparer.Ordinal))
                {
                    w.WriteStringValue(expansion);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteStartArray("stop");
            foreach (var word in QueryTables.StopWords)
            {
                w.WriteStringValue(word);
            }

            w.WriteEndArray();

            // Ended entries (few): [doc, status index] pairs, so every query can rank them after the powers in force
            // and filter 现行 / 已调整 without reading facets.
            w.WriteStartArray("ended");
            for (var d = 0; d < n; d++)
            {
                if (docs[d].Status != 0)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(d);
                    w.WriteNumberValue(docs[d].Status);
                    w.WriteEndArray();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));

        for (var shard = 0; shard * IndexSettings.DepartmentsPerShard < extracted.Departments.Count; shard++)
        {
            var slice = extracted.Departments.Skip(shard * IndexSettings.DepartmentsPerShard).Take(IndexSettings.DepartmentsPerShard).Select(d => (d.Id, d.Name));
            yield return Json($"{Folder}departments/{shard}.json", JsonOut.Write(w => WritePairs(w, null, slice)));
        }

        yield return Json(Folder + "facets.json", JsonOut.Write(w => WriteFacets(w, extracted)));

        // Characters that sound or look alike: read only to correct a word with a missing pair (format 8; was in meta).
        yield return Json(Folder + "confusables.json", JsonOut.Write(w =>
        {
            w.WriteStartObject();
            foreach (var (c, alike) in QueryTables.Confusables.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteString(c, alike);
            }

            w.WriteEndObject();
        }));
        foreach (var file in TermFiles.Write(Folder, index, dictShards, memory?.Terms, changedTerms, keep))
        {
            yield return file;
        }

        var previousNames = previousDocs is not null && changedTerms is not null ? memory!.Names : null;
        var names = previousNames is not null ? NameImpacts.Patched(previousNames, index, changedTerms!) : NameImpacts.Of(index);
        var docShards = (n + IndexSettings.DocsPerShard - 1) / IndexSettings.DocsPerShard;
        var docFiles = memory is null ? null : new RememberedFile[docShards];
        // The shards showing a document otherwise than before (null: all of them, nothing to compare with).
        bool[]? changedShards = null;
        if (previousDocs is not null && previousNames is not null && memory!.DocShards.Length == docShards)
        {
            changedShards = new bool[docShards];
            for (var d = 0; d < n; d++)
            {
                if (!SameDisplay(previousDocs[d], docs[d]) || !ReferenceEquals(previousNames.Rows[d], names.Rows[d]))
                {
                    changedShards[d / IndexSettings.DocsPerShard] = true;
                }
            }
        }

        for (var shard = 0; shard < docShards; shard++)
        {
            var output = changedShards is null || changedShards[shard]
                ? Json($"{Folder}docs/{shard}.json", DocShard(shard)())
                : keep
                    ? DeferredOutput.Kept(memory!.DocShards[shard].Path, memory.DocShards[shard].Key)
                    : Unchanged(memory!.DocShards[shard], DocShard(shard));
            if (docFiles is not null)
            {
                docFiles[shard] = new RememberedFile(output.Path, output.SourceKey);
            }

            yield return output;
        }

        Func<byte[]> DocShard(int shard) => () => JsonOut.Write(w =>
            {
                var first = shard * IndexSettings.DocsPerShard;
                var slice = Enumerable.Range(first, Math.Min(IndexSettings.DocsPerShard, n - first));
                w.WriteStartArray();
                foreach (var i in slice)
                {
                    var d = docs[i];
                    w.WriteStartArray();
                    w.WriteStringValue(d.Code);
                    w.WriteStringValue(d.Name);
                    w.WriteNumberValue(d.Department);
                    w.WriteNumberValue(d.Category);
                    w.WriteStringValue(d.Snippet);
                    w.WriteStartObject();
                    foreach (var (term, impact) in names.Rows[i])
                    {
                        w.WriteNumber(term, impact);
                    }

                    w.WriteEndObject();
                    if (d.GuideUrl.Length > 0 || d.OnlineUrl.Length > 0 || d.Unit.Length > 0)
                    {
                        // 一张网 links, only on the rows of entries that have one (most have none: no bytes).
                        w.WriteStringValue(d.GuideUrl);
                        w.WriteStringValue(d.OnlineUrl);
                    }

                    if (d.Unit.Length > 0)
                    {
                        w.WriteStringValue(d.Unit); // a portal's index: the entry's department within its jurisdiction
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
            });

        var codeFiles = memory?.CodeShards;
        if (!sameCodes || memory is null || !keep)
        {
            var made = new List<RememberedFile>();
            var codes = docs.SelectMany((d, i) => d.Codes.Select(c => (Code: c, Doc: i)));
            var at = 0;
            foreach (var group in codes.GroupBy(c => Fnv.Shard(c.Code, codeShards)).OrderBy(g => g.Key))
            {
                byte[] Make() => JsonOut.Write(w =>
                {
                    w.WriteStartObject();
                    foreach (var (code, doc) in group.OrderBy(c => c.Code, StringComparer.Ordinal))
                    {
                        w.WriteNumber(code, doc);
                    }

                    w.WriteEndObject();
                });
                var output = sameCodes && memory is not null && at < memory.CodeShards.Length
                    ? Unchanged(memory.CodeShards[at], Make)
                    : Json($"{Folder}codes/{group.Key}.json", Make());
                made.Add(new RememberedFile(output.Path, output.SourceKey));
                at++;
                yield return output;
            }

            codeFiles = [.. made];
        }
        else
        {
            foreach (var file in memory.CodeShards)
            {
                yield return DeferredOutput.Kept(file.Path, file.Key);
            }
        }

        foreach (var bucket in t2sBuckets)
        {
            yield return Json($"{Folder}t2s/{bucket.Key}.json", JsonOut.Write(w =>
            {
                w.WriteStartObject();
                foreach (var pair in bucket.OrderBy(p => p.Key))
                {
                    w.WriteString(pair.Key.ToString(), pair.Value.ToString());
                }

                w.WriteEndObject();
            }));
        }

        if (memory is not null)
        {
            memory.DocShards = docFiles!;
            memory.CodeShards = codeFiles!;
            memory.Documents = docs;
            memory.Names = names;
        }
    }

    private static void WritePairs(Utf8JsonWriter w, string? name, IEnumerable<(string Key, string Name)> pairs)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

        foreach (var (key, label) in pairs)
        {
            w.WriteStartArray();
            w.WriteStringValue(key);
            w.WriteStringValue(label);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// <c>facets.json</c>, fetched only for facet counts or a filter: department ids (space-separated, by index) and the
    /// facets of every document as runs over doc ids, one base64 blob per facet of varint pairs (run length, value):
    /// <c>{"departments": "…", "dept": …, "cat": …, "level": …}</c>, the level value being a bit mask of level indexes.
    /// </summary>
    private static void WriteFacets(Utf8JsonWriter w, DocumentExtractor.Extracted extracted)
    {
        var docs = extracted.Documents;
        w.WriteStartObject();
        w.WriteString("departments", string.Join(' ', extracted.Departments.Select(d => d.Id)));
        w.WriteString("dept", Runs(docs.Select(d => d.Department)));
        w.WriteString("cat", Runs(docs.Select(d => d.Category)));
        w.WriteString("level", Runs(docs.Select(d => d.LevelMask)));
        w.WriteEndObject();
    }

    private static string Runs(IEnumerable<int> values)
    {
        var pairs = new List<int>();
        foreach (var value in values)
        {
            if (pairs.Count > 0 && pairs[^1] == value)
            {
                pairs[^2]++;
            }
            else
            {
                pairs.Add(1);
                pairs.Add(value);
            }
        }

        return PostingCodec.EncodeVarints(pairs);
    }
}
