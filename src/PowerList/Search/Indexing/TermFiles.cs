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
/// (<c>serve</c> after an edit, <see cref="IndexPatcher"/>), only the changed terms are encoded, and only the shards
/// holding one are grouped again: the others' terms are the remembered ones, placed from their remembered
/// <see cref="TermShape"/>. A shard or pack whose inputs are the same is handed out with its previous key (its bytes
/// made only if the previous file cannot be reused). When the session keeps files in bulk (<c>keep</c>), a shard
/// without a changed term that the layout reaches in the state it reached it before (<see cref="LayoutState"/>, the
/// open pack holding the same blobs) is not placed at all: it and the packs it completed are handed out as kept
/// (<see cref="DeferredOutput.Kept"/>), up to the next shard with a changed term, where the layout resumes from the
/// remembered state. Same bytes every way.
/// </para>
/// </summary>
internal sealed class TermFiles
{
    /// <summary>Dictionary shards whose terms' blobs are encoded at once, in parallel.</summary>
    private const int ShardWindow = 32;

    private readonly string _folder;
    private readonly InvertedIndex _index;
    private readonly int _dictShards;
    private readonly int _common;
    private readonly TermFilesMemory? _memory;
    private readonly TermFilesMemory? _previous;
    private readonly HashSet<string>? _changed;
    private readonly bool _keep;
    private readonly PackLayout _layout = new();
    private readonly Dictionary<string, TermShape>? _shapes;
    private readonly DictShardRecord[]? _shards;
    private readonly List<PackRecord?>? _packs;

    private TermFiles(string folder, InvertedIndex index, int dictShards, TermFilesMemory? memory, IReadOnlySet<string>? changed, bool keep)
    {
        (_folder, _index, _dictShards, _memory) = (folder, index, dictShards, memory);
        _common = IndexSettings.CommonThreshold(index.Documents);
        _previous = memory is not null && changed is not null && memory.Documents == index.Documents && memory.DictShards == dictShards
            && memory.Shards.Length == dictShards
            ? memory
            : null;

        // A common word stored with its first token changes with any of its tokens' postings.
        _changed = changed is null ? null : CommonWords.Touched(changed);
        _keep = keep && _previous is not null;
        // A warm build updates the previous shapes in place (only changed terms are encoded, so only theirs can differ).
        _shapes = memory is null ? null : _previous?.Shapes ?? new Dictionary<string, TermShape>(index.TermCount, StringComparer.Ordinal);
        _shards = memory is null ? null : new DictShardRecord[dictShards];
        _packs = memory is null ? null : new List<PackRecord?>(_previous?.Packs.Count ?? 0);
    }

    /// <param name="memory">Remembers this build for the next (and holds the previous one), or null.</param>
    /// <param name="changed">The terms whose postings may differ from the previous build's; null: all of them.</param>
    /// <param name="keep">Whether files known to be the previous build's may be handed out as kept (<see cref="DeferredOutput.Kept"/>).</param>
    public static IEnumerable<DeferredOutput> Write(
        string folder, InvertedIndex index, int dictShards, TermFilesMemory? memory, IReadOnlySet<string>? changed, bool keep = false)
    {
        var writer = new TermFiles(folder, index, dictShards, memory, changed, keep);
        return writer._previous is null ? writer.Cold() : writer.Warm();
    }

    /// <summary>Every term encoded, a window of shards at a time.</summary>
    private IEnumerable<DeferredOutput> Cold()
    {
        var shards = Enumerable.Range(0, _index.TermCount)
            .GroupBy(t => Fnv.Shard(_index.Terms[t], _dictShards))
            .OrderBy(g => g.Key)
            .Select(g => (Shard: g.Key, Terms: g.ToArray()))
            .ToList();

        // Decoding lists, reused from window to window: a common term's list is large (on the large object heap).
        var lists = new ConcurrentBag<List<(int Doc, int Impact)>>();
        for (var first = 0; first < shards.Count; first += ShardWindow)
        {
            var window = shards.GetRange(first, Math.Min(ShardWindow, shards.Count - first));
            var terms = window.SelectMany(s => s.Terms).ToArray();
            var encoded = new EncodedTerm?[terms.Length];
            Parallel.For(
                0,
                terms.Length,
                () => lists.TryTake(out var list) ? list : [],
                (i, _, postings) =>
                {
                    encoded[i] = Encode(terms[i], postings);
                    return postings;
                },
                lists.Add);
            var next = 0;
            foreach (var (shard, shardTerms) in window)
            {
                var names = new string[shardTerms.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = _index.Terms[shardTerms[i]];
                }

                var at = next;
                foreach (var file in Place(shard, names, i => encoded[at + i]!))
                {
                    yield return file;
                }

                Array.Clear(encoded, at, shardTerms.Length);
                next += shardTerms.Length;
            }
        }

        foreach (var file in Finish())
        {
            yield return file;
        }

        Remember(_layout.State.Packs);
    }

    /// <summary>From the previous build: only the changed terms encoded, the shards without one skipped when they can be.</summary>
    private IEnumerable<DeferredOutput> Warm()
    {
        var previous = _previous!;
        var changed = _changed!;
        var dirty = new bool[_dictShards];
        var added = new Dictionary<int, List<string>>();
        var encodedTerms = new List<(string Term, int Id)>();
        foreach (var term in changed)
        {
            var shard = Fnv.Shard(term, _dictShards);
            dirty[shard] = true;
            if (_index.IdOf(term) is var id and >= 0)
            {
                encodedTerms.Add((term, id));
                if (!added.TryGetValue(shard, out var list))
                {
                    added[shard] = list = [];
                }

                list.Add(term);
            }
        }

        var encoded = new ConcurrentDictionary<string, EncodedTerm>(StringComparer.Ordinal);
        Parallel.ForEach(encodedTerms, () => new List<(int Doc, int Impact)>(), (t, _, postings) =>
        {
            encoded[t.Term] = Encode(t.Id, postings);
            return postings;
        }, _ => { });

        var skipping = _keep;
        var state = LayoutState.Start;
        for (var shard = 0; shard < _dictShards; shard++)
        {
            // A shard without terms has no file and places nothing (no record); one that gains terms is made.
            var before = previous.Shards[shard];
            var terms = dirty[shard] ? Terms(before?.Terms ?? [], added.GetValueOrDefault(shard)) : before?.Terms ?? [];
            if (terms.Length == 0)
            {
                if (skipping && before is not null)
                {
                    // Its terms all gone: the layout no longer stands where it stood after it before.
                    Resume(state, previous);
                    skipping = false;
                }

                continue;
            }

            if (skipping && !dirty[shard] && before is { } same)
            {
                // The layout stands where it stood before this shard, whose terms and shapes are the same: so is
                // everything it places, up to the next shard with a changed term.
                _shards![shard] = same;
                yield return DeferredOutput.Kept(same.Path, same.Key);
                foreach (var pack in Completed(state, same.End))
                {
                    var record = previous.Packs[pack]!;
                    SetPack(pack, record);
                    yield return DeferredOutput.Kept(record.Path, record.Key);
                }

                state = same.End;
                continue;
            }

            if (skipping)
            {
                Resume(state, previous);
                skipping = false;
            }

            foreach (var file in Place(shard, terms, i => encoded.TryGetValue(terms[i], out var e) ? e : null))
            {
                yield return file;
            }

            state = _layout.State;
            skipping = _keep && before is not null && state == before.End && Unchanged(_layout.Open, previous);
        }

        if (skipping)
        {
            if (state.Open >= 0)
            {
                var record = previous.Packs[state.Open]!;
                SetPack(state.Open, record);
                yield return DeferredOutput.Kept(record.Path, record.Key);
            }
        }
        else
        {
            foreach (var file in Finish())
            {
                yield return file;
            }
        }

        // A changed term no longer in the index: its shape goes, so that it is encoded again should it come back.
        foreach (var term in changed)
        {
            if (_index.IdOf(term) < 0)
            {
                _shapes!.Remove(term);
            }
        }

        Remember(state.Packs);
    }

    /// <summary>The packs still open.</summary>
    private IEnumerable<DeferredOutput> Finish() => _layout.Finish().Select(Output);

    /// <summary>Continues the layout where the previous build's stood at <paramref name="state"/>, its open pack as it was then.</summary>
    private void Resume(LayoutState state, TermFilesMemory previous) =>
        _layout.Resume(state, state.Open < 0 ? [] : previous.Packs[state.Open]!.Members.AsSpan(0, state.OpenMembers));

    /// <summary>What this build remembers for the next: its shapes, shards and <paramref name="packs"/> packs.</summary>
    private void Remember(int packs)
    {
        if (_memory is null)
        {
            return;
        }

        _packs!.RemoveRange(packs, _packs.Count - packs);
        _memory.Documents = _index.Documents;
        _memory.DictShards = _dictShards;
        _memory.Shapes = _shapes!;
        _memory.Packs = _packs;
        _memory.Shards = _shards!;
    }

    /// <summary>
    /// The packs a layout hands out between two shard boundaries where it stood at <paramref name="from"/> and
    /// <paramref name="to"/>: the pack open at the first, then those made since, but the one open at the second.
    /// </summary>
    private static IEnumerable<int> Completed(LayoutState from, LayoutState to)
    {
        if (from.Open >= 0 && from.Open != to.Open)
        {
            yield return from.Open;
        }

        for (var pack = from.Packs; pack < to.Packs; pack++)
        {
            if (pack != to.Open)
            {
                yield return pack;
            }
        }
    }

    /// <summary>Whether the open pack (if any) holds the previous build's blobs of that pack so far, none encoded again.</summary>
    private static bool Unchanged(PackLayout.Pack? open, TermFilesMemory previous)
    {
        if (open is null)
        {
            return true;
        }

        if (open.Number >= previous.Packs.Count || previous.Packs[open.Number] is not { } before || before.Members.Length < open.Members.Count
            || open.Blobs.Any(b => b is not null))
        {
            return false;
        }

        return before.Members.AsSpan(0, open.Members.Count).SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(open.Members));
    }

    /// <summary>A shard's terms now, in ordinal order: its previous ones still in the index, and the changed ones new to it.</summary>
    private string[] Terms(string[] before, List<string>? added)
    {
        var terms = new List<string>(before.Length + (added?.Count ?? 0));
        foreach (var term in before)
        {
            if (!_changed!.Contains(term) || _index.IdOf(term) >= 0)
            {
                terms.Add(term);
            }
        }

        foreach (var term in added ?? [])
        {
            if (Array.BinarySearch(before, term, StringComparer.Ordinal) < 0)
            {
                terms.Add(term);
            }
        }

        terms.Sort(StringComparer.Ordinal);
        return [.. terms];
    }

    /// <summary>
    /// Places the blobs of one shard's terms (<paramref name="encodedAt"/>: the term's encoding when made now, else its
    /// remembered shape is used); returns the shard's file and the packs completed meanwhile.
    /// </summary>
    private List<DeferredOutput> Place(int shard, string[] terms, Func<int, EncodedTerm?> encodedAt)
    {
        var entries = new (TermShape Shape, (int Pack, int Index)[] Refs)[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            var encoded = encodedAt(i);
            TermShape shape;
            if (encoded is null && _shapes is not null && _previous is not null && _shapes.TryGetValue(term, out var known))
            {
                shape = known;
            }
            else
            {
                encoded ??= Encode(_index.IdOf(term), []);
                shape = encoded.Shape();
                if (_shapes is not null)
                {
                    _shapes[term] = shape;
                }
            }

            entries[i] = (shape, Place(_layout, term, shape, encoded));
        }

        var files = new List<DeferredOutput>(4) { Shard(shard, terms, entries) };
        foreach (var pack in _layout.TakeCompleted())
        {
            files.Add(Output(pack));
        }

        return files;
    }

    /// <summary>
    /// A dictionary shard as a file: with the previous build's key when it has the same terms, none of them changed,
    /// with the same pack references (its bytes made only if needed, or kept), else made now.
    /// </summary>
    private DeferredOutput Shard(int shard, string[] terms, (TermShape Shape, (int Pack, int Index)[] Refs)[] entries)
    {
        byte[] Bytes() => JsonOut.Write(w =>
        {
            w.WriteStartObject();
            for (var i = 0; i < terms.Length; i++)
            {
                w.WritePropertyName(terms[i]);
                WriteEntry(w, entries[i].Shape, entries[i].Refs);
            }

            w.WriteEndObject();
        });

        var before = _previous?.Shards[shard];
        var path = before?.Path ?? $"{_folder}dict/{shard}{IndexFileCodec.Extension}";
        if (_shards is null)
        {
            return new DeferredOutput(path, Bytes(), IndexFileCodec.Compress);
        }

        var flat = new int[entries.Sum(e => e.Refs.Length) * 2];
        var at = 0;
        foreach (var (_, refs) in entries)
        {
            foreach (var (pack, index) in refs)
            {
                flat[at++] = pack;
                flat[at++] = index;
            }
        }

        var output = before is not null && _changed is not null
            && before.Terms.AsSpan().SequenceEqual(terms) && before.Refs.AsSpan().SequenceEqual(flat) && !terms.Any(_changed.Contains)
            ? Reused(path, before.Key, Bytes)
            : new DeferredOutput(path, Bytes(), IndexFileCodec.Compress);
        _shards[shard] = new DictShardRecord(path, before is not null && before.Terms.AsSpan().SequenceEqual(terms) ? before.Terms : terms, flat, output.SourceKey, _layout.State);
        return output;
    }

    /// <summary>A file known to be the previous build's: kept when the session keeps such files, else with its key (made only if needed).</summary>
    private DeferredOutput Reused(string path, UInt128 key, Func<byte[]> make) =>
        _keep ? DeferredOutput.Kept(path, key) : new DeferredOutput(path, key, make, IndexFileCodec.Compress);

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
    /// number and none of them was encoded again (its bytes made only if needed, or kept), else made now. Blobs not in
    /// hand (unchanged terms) are encoded again from the index.
    /// </summary>
    private DeferredOutput Output(PackLayout.Pack pack)
    {
        var before = _previous is not null && pack.Number < _previous.Packs.Count ? _previous.Packs[pack.Number] : null;
        var path = before?.Path ?? $"{_folder}post/{pack.Number}{IndexFileCodec.BinaryExtension}";
        var members = pack.Members.ToArray();
        DeferredOutput output;
        if (before is not null && pack.Blobs.All(b => b is null) && before.Members.AsSpan().SequenceEqual(members))
        {
            output = Reused(path, before.Key, () => Fill(pack).Bytes());
            members = before.Members;
        }
        else
        {
            var bytes = Fill(pack).Bytes();
            output = new DeferredOutput(path, bytes, IndexFileCodec.Compress, _packs is null ? null : ContentKey.Of("source", bytes));
        }

        if (_packs is not null)
        {
            SetPack(pack.Number, new PackRecord(path, members, output.SourceKey));
        }

        return output;
    }

    private void SetPack(int number, PackRecord record)
    {
        while (_packs!.Count <= number)
        {
            _packs.Add(null);
        }

        _packs[number] = record;
    }

    /// <summary>Encodes again the blobs of <paramref name="pack"/> not given with it.</summary>
    private PackLayout.Pack Fill(PackLayout.Pack pack)
    {
        // A common term's bitmap and first tier are usually in the same pack: encoded once for both.
        (string Term, EncodedTerm Encoded)? last = null;
        for (var i = 0; i < pack.Blobs.Count; i++)
        {
            if (pack.Blobs[i] is null)
            {
                var member = pack.Members[i];
                if (last?.Term != member.Term)
                {
                    last = (member.Term, Encode(_index.IdOf(member.Term), []));
                }

                pack.Blobs[i] = last.Value.Encoded.Blob(member.Blob);
            }
        }

        return pack;
    }

    /// <summary>Term <paramref name="term"/>'s blobs, with its stored common words when it is common.</summary>
    private EncodedTerm Encode(int term, List<(int Doc, int Impact)> postings) =>
        EncodedTerm.Encode(_index.PostingList(term, postings), _index.Documents, _common, CommonWords.Of(_index, term, _common));

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
