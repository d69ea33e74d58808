using System.Collections.Concurrent;
using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>The warm path: from the previous build's <see cref="TermFilesMemory"/>, the layout resumed or skipped shard by shard (<see cref="LayoutState"/>).</summary>
internal sealed partial class TermFiles
{
    /// <summary>From the previous build: only the changed terms encoded, the shards without one skipped when they can be.</summary>
    private IEnumerable<DeferredOutput> Warm()
    {
        var previous = _previous!;
        var changed = _changed!;
        var (records, regrouped, ends) = Regroup(previous);
        var dirty = new bool[_dictShards];
        foreach (var shard in regrouped.Keys)
        {
            dirty[shard] = true;
        }

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
        Parallel.ForEach(encodedTerms, t => encoded[t.Term] = Encode(t.Id));

        // Whether the layout stands where it stood before after the same terms (after this shard, or, for a regrouped
        // one, after the previous shard that ended where it ends), its open pack as it was: then skipping can start.
        bool Resumable(int shard, DictShardRecord? before)
        {
            var end = before?.End ?? (ends.TryGetValue(Fnv.SplitEnd(shard, _dictShards), out var e) ? e : null);
            return _keep && end == _layout.State && Unchanged(_layout.Open, previous);
        }

        var skipping = _keep;
        var state = LayoutState.Start;
        foreach (var shard in Enumerable.Range(0, _dictShards).OrderBy(s => Fnv.SplitKey((uint)s)))
        {
            // A shard without terms has no file and places nothing (no record); one that gains terms is made.
            var before = records[shard];
            var terms = dirty[shard]
                ? Terms(before?.Terms ?? regrouped.GetValueOrDefault(shard) ?? [], added.GetValueOrDefault(shard))
                : before?.Terms ?? [];
            if (terms.Length == 0)
            {
                if (skipping && before is not null)
                {
                    // Its terms all gone: the layout may no longer stand where it stood after it before.
                    Resume(state, previous);
                    skipping = false;
                }

                if (!skipping)
                {
                    skipping = Resumable(shard, before);
                    state = _layout.State;
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

            foreach (var file in Place(shard, terms, before, i => encoded.TryGetValue(terms[i], out var e) ? e : null))
            {
                yield return file;
            }

            state = _layout.State;
            skipping = Resumable(shard, before);
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

    /// <summary>
    /// The previous build's shards under this build's count: <c>Records</c>, by shard, the previous record of a shard
    /// that holds the same hashes as before (<see cref="Fnv.SameShard"/>); <c>Regrouped</c>, the previous terms of the
    /// other shards (split or merged since), by the shard they fall in now, in the split order; <c>Ends</c>, where the
    /// layout stood after each previous shard, by where it ends in the split order (<see cref="Fnv.SplitEnd"/>). The
    /// split order does not depend on the count, so the layout places the same blobs in the same order either way.
    /// </summary>
    private (DictShardRecord?[] Records, Dictionary<int, string[]> Regrouped, Dictionary<ulong, LayoutState> Ends) Regroup(TermFilesMemory previous)
    {
        var records = new DictShardRecord?[_dictShards];
        var moved = new Dictionary<int, List<string>>();
        var ends = new Dictionary<ulong, LayoutState>();
        for (var shard = 0; shard < previous.Shards.Length; shard++)
        {
            var record = previous.Shards[shard];
            if (Fnv.SameShard(shard, previous.DictShards, _dictShards))
            {
                records[shard] = record;
                continue;
            }

            if (record is null)
            {
                continue;
            }

            ends[Fnv.SplitEnd(shard, previous.DictShards)] = record.End;
            foreach (var term in record.Terms)
            {
                var now = Fnv.Shard(term, _dictShards);
                if (!moved.TryGetValue(now, out var list))
                {
                    moved[now] = list = [];
                }

                list.Add(term);
            }
        }

        // A shard that holds other hashes than its namesake did (or is new) is regrouped even when no term falls in it.
        var regrouped = new Dictionary<int, string[]>();
        for (var shard = 0; shard < _dictShards; shard++)
        {
            if (!Fnv.SameShard(shard, previous.DictShards, _dictShards))
            {
                var terms = moved.TryGetValue(shard, out var list) ? list.ToArray() : [];
                Array.Sort(terms, SplitOrder.Instance);
                regrouped[shard] = terms;
            }
        }

        return (records, regrouped, ends);
    }

    /// <summary>Continues the layout where the previous build's stood at <paramref name="state"/>, its open pack as it was then.</summary>
    private void Resume(LayoutState state, TermFilesMemory previous) =>
        _layout.Resume(state, state.Open < 0 ? [] : previous.Packs[state.Open]!.Members.AsSpan(0, state.OpenMembers));

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

    /// <summary>A shard's terms now, in the split order (<see cref="SplitOrder"/>): its previous ones still in the index, and the changed ones new to it.</summary>
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
            if (Array.BinarySearch(before, term, SplitOrder.Instance) < 0)
            {
                terms.Add(term);
            }
        }

        terms.Sort(SplitOrder.Instance);
        return [.. terms];
    }
}
