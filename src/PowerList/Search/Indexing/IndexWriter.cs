using System.Text.Json;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Analysis;
using PowerList.Site.Incremental;

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
    public static IEnumerable<DeferredOutput> Files(DocumentExtractor.Extracted extracted, InvertedIndex index, IReadOnlyList<Synonym> synonyms)
    {
        foreach (var file in Uncompressed(extracted, index, synonyms))
        {
            var path = file.Path.EndsWith(".bin", StringComparison.Ordinal)
                ? file.Path[..^".bin".Length] + IndexFileCodec.BinaryExtension
                : file.Path[..^".json".Length] + IndexFileCodec.Extension;
            yield return new DeferredOutput(path, file.Content, IndexFileCodec.Compress);
        }
    }

    private static IEnumerable<OutputFile> Uncompressed(DocumentExtractor.Extracted extracted, InvertedIndex index, IReadOnlyList<Synonym> synonyms)
    {
        var docs = extracted.Documents;
        var n = docs.Count;
        var dictShards = Math.Max(1, (index.TermCount + IndexSettings.TermsPerDictShard - 1) / IndexSettings.TermsPerDictShard);
        var codes = docs.SelectMany((d, i) => d.Codes.Select(c => (Code: c, Doc: i))).ToList();
        var codeShards = Math.Max(1, (codes.Count + IndexSettings.CodesPerShard - 1) / IndexSettings.CodesPerShard);
        var t2sBuckets = CharFolding.TraditionalToSimplified.GroupBy(p => p.Key >> 8).OrderBy(g => g.Key).ToList();

        yield return new OutputFile(Folder + "meta.json", JsonOut.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("format", IndexSettings.FormatVersion);
            w.WriteNumber("docs", n);
            w.WriteNumber("dictShards", dictShards);
            w.WriteNumber("codeShards", codeShards);
            w.WriteNumber("docsPerShard", IndexSettings.DocsPerShard);
            w.WriteNumber("phraseBoost", IndexSettings.PhraseBoost);
            w.WriteNumber("codeBoost", IndexSettings.CodeBoost);
            w.WriteString("entryUrl", SiteUrls.Entry("{code}"));
            w.WriteStartArray("t2s");
            foreach (var bucket in t2sBuckets)
            {
                w.WriteNumberValue(bucket.Key);
            }

            w.WriteEndArray();
            w.WriteNumber("departments", extracted.Departments.Count);
            w.WriteNumber("departmentsPerShard", IndexSettings.DepartmentsPerShard);
            w.WriteNumber("topDepartments", IndexSettings.TopDepartments);
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
            w.WriteEndObject();
        }));

        for (var shard = 0; shard * IndexSettings.DepartmentsPerShard < extracted.Departments.Count; shard++)
        {
            var slice = extracted.Departments.Skip(shard * IndexSettings.DepartmentsPerShard).Take(IndexSettings.DepartmentsPerShard).Select(d => (d.Id, d.Name));
            yield return new OutputFile($"{Folder}departments/{shard}.json", JsonOut.Write(w => WritePairs(w, null, slice)));
        }

        yield return new OutputFile(Folder + "facets.json", JsonOut.Write(w => WriteFacets(w, extracted)));
        foreach (var file in WriteTerms(index, dictShards))
        {
            yield return file;
        }

        for (var shard = 0; shard * IndexSettings.DocsPerShard < n; shard++)
        {
            var slice = docs.Skip(shard * IndexSettings.DocsPerShard).Take(IndexSettings.DocsPerShard);
            yield return new OutputFile($"{Folder}docs/{shard}.json", JsonOut.Write(w =>
            {
                w.WriteStartArray();
                foreach (var d in slice)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(d.Code);
                    w.WriteStringValue(d.Name);
                    w.WriteNumberValue(d.Department);
                    w.WriteNumberValue(d.Category);
                    w.WriteStringValue(d.Snippet);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }));
        }

        foreach (var group in codes.GroupBy(c => Fnv.Shard(c.Code, codeShards)).OrderBy(g => g.Key))
        {
            yield return new OutputFile($"{Folder}codes/{group.Key}.json", JsonOut.Write(w =>
            {
                w.WriteStartObject();
                foreach (var (code, doc) in group.OrderBy(c => c.Code, StringComparer.Ordinal))
                {
                    w.WriteNumber(code, doc);
                }

                w.WriteEndObject();
            }));
        }

        foreach (var bucket in t2sBuckets)
        {
            yield return new OutputFile($"{Folder}t2s/{bucket.Key}.json", JsonOut.Write(w =>
            {
                w.WriteStartObject();
                foreach (var pair in bucket.OrderBy(p => p.Key))
                {
                    w.WriteString(pair.Key.ToString(), pair.Value.ToString());
                }

                w.WriteEndObject();
            }));
        }

    }

    /// <summary>Dictionary shards whose terms' blobs are encoded at once, in parallel.</summary>
    private const int ShardWindow = 32;

    /// <summary>
    /// The dictionary shards and posting packs. Each term's blobs are encoded in parallel, a window of shards at a
    /// time (that part does not depend on where a blob goes); then, in term order, the blobs are placed in packs
    /// and the shard written, so the bytes are those of a sequential writer.
    /// </summary>
    private static IEnumerable<OutputFile> WriteTerms(InvertedIndex index, int dictShards)
    {
        var packs = new PackWriter(Folder + "post/");
        var shards = Enumerable.Range(0, index.TermCount)
            .GroupBy(t => Fnv.Shard(index.Terms[t], dictShards))
            .OrderBy(g => g.Key)
            .Select(g => (Shard: g.Key, Terms: g.ToArray()))
            .ToList();
        var common = IndexSettings.CommonThreshold(index.Documents);

        // Decoding lists, reused from window to window: a common term's list is large (on the large object heap).
        var lists = new System.Collections.Concurrent.ConcurrentBag<List<(int Doc, int Impact)>>();
        for (var first = 0; first < shards.Count; first += ShardWindow)
        {
            var window = shards.GetRange(first, Math.Min(ShardWindow, shards.Count - first));
            var terms = window.SelectMany(s => s.Terms).ToArray();
            var encoded = new EncodedTerm[terms.Length];
            Parallel.For(
                0,
                terms.Length,
                () => lists.TryTake(out var list) ? list : [],
                (i, _, postings) =>
                {
                    encoded[i] = Encode(index.PostingList(terms[i], postings), index.Documents, common);
                    return postings;
                },
                lists.Add);
            var next = 0;
            foreach (var (shard, shardTerms) in window)
            {
                var entries = new List<(string Term, Action<Utf8JsonWriter> Write)>(shardTerms.Length);
                foreach (var term in shardTerms)
                {
                    entries.Add((index.Terms[term], TermEntry(encoded[next], packs)));
                    encoded[next++] = null!;
                }

                yield return new OutputFile($"{Folder}dict/{shard}.json", JsonOut.Write(w =>
                {
                    w.WriteStartObject();
                    foreach (var (term, write) in entries)
                    {
                        w.WritePropertyName(term);
                        write(w);
                    }

                    w.WriteEndObject();
                }));
                foreach (var pack in packs.TakeCompleted())
                {
                    yield return pack;
                }
            }
        }

        foreach (var pack in packs.Finish())
        {
            yield return pack;
        }
    }

    /// <summary>A term's blobs, before they are placed in packs: inline (base64), one blob, or a common term's bitmap and tiers.</summary>
    private sealed record EncodedTerm(string? Inline, byte[]? Blob, byte[]? Bitmap, (byte[] Blob, int Max)[]? Tiers, int Min);

    private static EncodedTerm Encode(List<(int Doc, int Impact)> postings, int n, int common)
    {
        if (postings.Count <= IndexSettings.InlinePostings)
        {
            return new EncodedTerm(Convert.ToBase64String(PostingCodec.Encode(postings)), null, null, null, 0);
        }

        if (postings.Count <= common)
        {
            return new EncodedTerm(null, PostingCodec.Encode(postings), null, null, 0);
        }

        var split = ImpactTiers.Split(postings);
        var bitmap = new byte[(n + 7) / 8];
        foreach (var (doc, _) in postings)
        {
            bitmap[doc >> 3] |= (byte)(1 << (doc & 7));
        }

        var min = split[^1].Postings.Min(p => p.Impact >> 1);
        return new EncodedTerm(null, null, bitmap, [.. split.Select(t => (PostingCodec.Encode(t.Postings), t.Max))], min);
    }

    /// <summary>
    /// <c>{"p":blob}</c> inline; <c>{"r":[pack,i]}</c> one blob with every posting; or for a common term
    /// <c>{"b":[pack,i],"n":min,"t":[[pack,i,max],…]}</c>: a membership bitmap and impact-ordered tiers.
    /// </summary>
    private static Action<Utf8JsonWriter> TermEntry(EncodedTerm encoded, PackWriter packs)
    {
        if (encoded.Inline is { } inline)
        {
            return w => { w.WriteStartObject(); w.WriteString("p", inline); w.WriteEndObject(); };
        }

        if (encoded.Blob is { } blob)
        {
            var reference = packs.Add(blob);
            return w => { w.WriteStartObject(); WriteRef(w, "r", reference); w.WriteEndObject(); };
        }

        var tierBlobs = encoded.Tiers!;

        // The bitmap and the first tier are read together: one file when they fit.
        packs.KeepTogether(encoded.Bitmap!.Length + tierBlobs[0].Blob.Length + 4);
        var bitmap = packs.Add(encoded.Bitmap);
        var tiers = tierBlobs.Select(t =>
        {
            var (pack, index) = packs.Add(t.Blob);
            return (Pack: pack, Index: index, t.Max);
        }).ToList();

        var min = encoded.Min;
        return w =>
        {
            w.WriteStartObject();
            WriteRef(w, "b", bitmap);
            w.WriteNumber("n", min);
            w.WriteStartArray("t");
            foreach (var (pack, index, max) in tiers)
            {
                w.WriteStartArray();
                w.WriteNumberValue(pack);
                w.WriteNumberValue(index);
                w.WriteNumberValue(max);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        };
    }

    private static void WriteRef(Utf8JsonWriter w, string name, (int Pack, int Index) reference)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(reference.Pack);
        w.WriteNumberValue(reference.Index);
        w.WriteEndArray();
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
