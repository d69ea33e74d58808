using System.Collections.Concurrent;
using System.Text.Json;
using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>
/// The dictionary shards <c>dict/N</c> and posting packs <c>post/N</c> of the index (uncompressed, with
/// <see cref="IndexFileCodec.Compress"/>). Each term's blobs are encoded in parallel, a window of shards at a time
/// (that part does not depend on where a blob goes); then, in term order, the blobs are placed in packs
/// (<see cref="PackLayout"/>) and the shard written, so the bytes are those of a sequential writer.
/// <para>
/// With a <see cref="TermFilesMemory"/> of the previous build and the terms whose postings changed since then
/// (<c>serve</c> after an edit, <see cref="IndexPatcher"/>), only the changed terms are encoded: the others are placed
/// from their remembered <see cref="TermShape"/>, and a pack whose blobs are the same as before is handed out with its
/// previous key (its bytes are made again only if the previous file cannot be reused). Same bytes either way.
/// </para>
/// </summary>
internal static class TermFiles
{
    /// <summary>Dictionary shards whose terms' blobs are encoded at once, in parallel.</summary>
    private const int ShardWindow = 32;

    /// <param name="memory">Remembers this build for the next (and holds the previous one), or null.</param>
    /// <param name="changed">The terms whose postings may differ from the previous build's; null: all of them.</param>
    public static IEnumerable<DeferredOutput> Write(
        string folder, InvertedIndex index, int dictShards, TermFilesMemory? memory, IReadOnlySet<string>? changed)
    {
        var previous = memory is not null && changed is not null && memory.Documents == index.Documents && memory.DictShards == dictShards
            ? (memory.Shapes, memory.Packs, memory.Shards)
            : default;

        // A common word stored with its first token changes with any of its tokens' postings.
        changed = changed is null ? null : CommonWords.Touched(changed);
        var shardRecords = memory is null ? null : new Dictionary<int, DictShardRecord>();
        // A warm build updates the previous shapes in place (only changed terms are encoded, so only theirs can differ);
        // a term gone from the index keeps its old shape there, never read, since every term placed is looked up first.
        var shapes = memory is null ? null : previous.Shapes ?? new Dictionary<string, TermShape>(index.TermCount, StringComparer.Ordinal);
        var packs = memory is null ? null : new Dictionary<int, PackRecord>();
        var layout = new PackLayout();
        var shards = Enumerable.Range(0, index.TermCount)
            .GroupBy(t => Fnv.Shard(index.Terms[t], dictShards))
            .OrderBy(g => g.Key)
            .Select(g => (Shard: g.Key, Terms: g.ToArray()))
            .ToList();
        var common = IndexSettings.CommonThreshold(index.Documents);

        // Decoding lists, reused from window to window: a common term's list is large (on the large object heap).
        var lists = new ConcurrentBag<List<(int Doc, int Impact)>>();
        for (var first = 0; first < shards.Count; first += ShardWindow)
        {
            var window = shards.GetRange(first, Math.Min(ShardWindow, shards.Count - first));
            var terms = window.SelectMany(s => s.Terms).ToArray();
            var encoded = new EncodedTerm?[terms.Length];
            var shapesNow = new TermShape[terms.Length];
            Parallel.For(
                0,
                terms.Length,
                () => lists.TryTake(out var list) ? list : [],
                (i, _, postings) =>
                {
                    var term = index.Terms[terms[i]];
                    if (previous.Shapes is { } known && !changed!.Contains(term) && known.TryGetValue(term, out var shape))
                    {
                        shapesNow[i] = shape;
                        return postings;
                    }

                    var e = encoded[i] = Encode(index, terms[i], postings, common);
                    shapesNow[i] = e.Shape();
                    return postings;
                },
                lists.Add);
            var next = 0;
            foreach (var (shard, shardTerms) in window)
            {
                var entries = new List<(string Term, TermShape Shape, (int Pack, int Index)[] Refs)>(shardTerms.Length);
                foreach (var termId in shardTerms)
                {
                    var term = index.Terms[termId];
                    var shape = shapesNow[next];
                    if (shapes is not null && previous.Shapes is null)
                    {
                        shapes.Add(term, shape);
                    }
                    else if (shapes is not null && encoded[next] is not null)
                    {
                        shapes[term] = shape;
                    }

                    entries.Add((term, shape, Place(layout, term, shape, encoded[next])));
                    encoded[next++] = null;
                }

                yield return Shard($"{folder}dict/{shard}{IndexFileCodec.Extension}", shard, entries, changed, previous.Shards, shardRecords);
                foreach (var pack in layout.TakeCompleted())
                {
                    yield return Output(folder, pack, index, common, previous.Packs, packs);
                }
            }
        }

        foreach (var pack in layout.Finish())
        {
            yield return Output(folder, pack, index, common, previous.Packs, packs);
        }

        if (previous.Shapes is not null)
        {
            // A changed term no longer in the index: its shape goes, so that it is encoded again should it come back.
            foreach (var term in changed!)
            {
                if (index.IdOf(term) < 0)
                {
                    shapes!.Remove(term);
                }
            }
        }

        if (memory is not null)
        {
            memory.Documents = index.Documents;
            memory.DictShards = dictShards;
            memory.Shapes = shapes!;
            memory.Packs = packs!;
            memory.Shards = shardRecords!;
        }
    }

    /// <summary>
    /// A dictionary shard as a file: with the previous build's key when it has the same terms, none of them changed,
    /// with the same pack references (its bytes made only if needed), else made now.
    /// </summary>
    private static DeferredOutput Shard(
        string path,
        int shard,
        List<(string Term, TermShape Shape, (int Pack, int Index)[] Refs)> entries,
        IReadOnlySet<string>? changed,
        Dictionary<int, DictShardRecord>? previous,
        Dictionary<int, DictShardRecord>? records)
    {
        byte[] Bytes() => JsonOut.Write(w =>
        {
            w.WriteStartObject();
            foreach (var (term, shape, refs) in entries)
            {
                w.WritePropertyName(term);
                WriteEntry(w, shape, refs);
            }

            w.WriteEndObject();
        });

        if (records is null)
        {
            return new DeferredOutput(path, Bytes(), IndexFileCodec.Compress);
        }

        var terms = entries.Select(e => e.Term).ToArray();
        var flat = new int[entries.Sum(e => e.Refs.Length) * 2];
        var at = 0;
        foreach (var (_, _, refs) in entries)
        {
            foreach (var (pack, index) in refs)
            {
                flat[at++] = pack;
                flat[at++] = index;
            }
        }

        var output = previous is not null && changed is not null && previous.TryGetValue(shard, out var before)
            && before.Terms.AsSpan().SequenceEqual(terms) && before.Refs.AsSpan().SequenceEqual(flat) && !terms.Any(changed.Contains)
            ? new DeferredOutput(path, before.Key, Bytes, IndexFileCodec.Compress)
            : new DeferredOutput(path, Bytes(), IndexFileCodec.Compress);
        records[shard] = new DictShardRecord(terms, flat, output.SourceKey);
        return output;
    }

    /// <summary>Places the term's blobs (none when inline); returns their pack references.</summary>
    private static (int Pack, int Index)[] Place(PackLayout layout, string term, TermShape shape, EncodedTerm? encoded)
    {
        if (shape.Inline is not null)
        {
            return [];
        }

        if (shape.IsCommon)
        {
            // The bitmap and the first tier are read together: one file when they fit.
            layout.KeepTogether(shape.Lengths[0] + shape.Lengths[1] + 4);
        }

        var refs = new (int Pack, int Index)[shape.Lengths.Length];
        for (var b = 0; b < refs.Length; b++)
        {
            refs[b] = layout.Add(new PackMember(term, b), shape.Lengths[b], encoded?.Blob(b));
        }

        return refs;
    }

    /// <summary>
    /// A pack as a file: with the previous build's key when it holds the same blobs as the previous pack of its
    /// number and none of them was encoded again (its bytes made only if needed), else made now. Blobs not in hand
    /// (unchanged terms) are encoded again from the index.
    /// </summary>
    private static DeferredOutput Output(
        string folder, PackLayout.Pack pack, InvertedIndex index, int common, Dictionary<int, PackRecord>? previous, Dictionary<int, PackRecord>? records)
    {
        var path = $"{folder}post/{pack.Number}{IndexFileCodec.BinaryExtension}";
        var members = pack.Members.ToArray();
        if (previous is not null && previous.TryGetValue(pack.Number, out var before) && pack.Blobs.All(b => b is null)
            && before.Members.AsSpan().SequenceEqual(members))
        {
            var key = before.Key;
            records?.Add(pack.Number, new PackRecord(members, key));
            return new DeferredOutput(path, key, () => Fill(pack, index, common).Bytes(), IndexFileCodec.Compress);
        }

        var bytes = Fill(pack, index, common).Bytes();
        var output = new DeferredOutput(path, bytes, IndexFileCodec.Compress, records is null ? null : ContentKey.Of("source", bytes));
        records?.Add(pack.Number, new PackRecord(members, output.SourceKey));
        return output;
    }

    /// <summary>Encodes again the blobs of <paramref name="pack"/> not given with it.</summary>
    private static PackLayout.Pack Fill(PackLayout.Pack pack, InvertedIndex index, int common)
    {
        for (var i = 0; i < pack.Blobs.Count; i++)
        {
            if (pack.Blobs[i] is null)
            {
                var member = pack.Members[i];
                pack.Blobs[i] = Encode(index, index.IdOf(member.Term), [], common).Blob(member.Blob);
            }
        }

        return pack;
    }

    /// <summary>Term <paramref name="term"/>'s blobs, with its stored common words when it is common.</summary>
    private static EncodedTerm Encode(InvertedIndex index, int term, List<(int Doc, int Impact)> postings, int common) =>
        EncodedTerm.Encode(index.PostingList(term, postings), index.Documents, common, CommonWords.Of(index, term, common));

    /// <summary>
    /// <c>{"p":blob}</c> inline; <c>{"r":[pack,i]}</c> one blob with every posting; or for a common term
    /// <c>{"b":[pack,i],"c":documents,"n":min,"o":max outside a name,"t":[[pack,i,max,name max],…],"w":{"other tokens":[pack,i,bitmap 1|list 0],…}}</c>:
    /// a membership bitmap, tiers (<see cref="ImpactTiers"/>) and the stored common words starting with the term (<see cref="CommonWords"/>; no "w" when none).
    /// </summary>
    private static void WriteEntry(Utf8JsonWriter w, TermShape shape, (int Pack, int Index)[] refs)
    {
        w.WriteStartObject();
        if (shape.Inline is { } inline)
        {
            w.WriteString("p", inline);
        }
        else if (!shape.IsCommon)
        {
            WriteRef(w, "r", refs[0]);
        }
        else
        {
            WriteRef(w, "b", refs[0]);
            w.WriteNumber("c", shape.Count);
            w.WriteNumber("n", shape.Min);
            w.WriteNumber("o", shape.OtherMax);
            w.WriteStartArray("t");
            for (var t = 0; t < shape.TierMax.Length; t++)
            {
                w.WriteStartArray();
                w.WriteNumberValue(refs[t + 1].Pack);
                w.WriteNumberValue(refs[t + 1].Index);
                w.WriteNumberValue(shape.TierMax[t]);
                w.WriteNumberValue(shape.TierNameMax[t]);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            if (shape.WordKeys.Length > 0)
            {
                w.WriteStartObject("w");
                var first = 1 + shape.TierMax.Length;
                for (var k = 0; k < shape.WordKeys.Length; k++)
                {
                    w.WriteStartArray(shape.WordKeys[k]);
                    w.WriteNumberValue(refs[first + k].Pack);
                    w.WriteNumberValue(refs[first + k].Index);
                    w.WriteNumberValue(shape.WordBitmaps[k] ? 1 : 0);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteRef(Utf8JsonWriter w, string name, (int Pack, int Index) reference)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(reference.Pack);
        w.WriteNumberValue(reference.Index);
        w.WriteEndArray();
    }
}
