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
}
