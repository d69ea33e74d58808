using PowerList.Building.Dependencies;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Building;

/// <summary>A trusted warm build's bulk path: unaffected outputs kept as they are, without being handed on.</summary>
public sealed partial class IncrementalSession
{
    /// <summary>
    /// Whether a trusted warm build may keep a planned contributor's unaffected outputs in bulk (see
    /// <see cref="Resolve(ISiteContributor, ListSet, int?)"/>): they are then not handed to the caller, only counted
    /// (<see cref="TakeKept"/>). Set by a pipeline that does nothing else per file (no precompressed copies).
    /// </summary>
    public bool BulkKeep { get; set; }

    /// <summary>
    /// The planned files kept in bulk by this build (<see cref="ResolveKeeping"/>), in order: runs of positions in
    /// <see cref="_next"/> (which holds their paths) with the contributor they were kept for. No list of their paths is
    /// made (at 100,000 entries some 230,000, a large array grown by doubling on every warm edit).
    /// </summary>
    private readonly List<(string Contributor, int Start, int End)> _keptRuns = [];

    /// <summary>The deferred files carried over (<see cref="Carry"/>) since the last <see cref="TakeCarried"/>.</summary>
    private readonly List<string> _carried = [];

    /// <summary>
    /// The paths of the deferred files given as kept and carried over since the last call (<see cref="Carry"/>): they
    /// are not handed on, so the caller claims them here as it claims the files handed on.
    /// </summary>
    public IReadOnlyList<string> TakeCarried()
    {
        if (_carried.Count == 0)
        {
            return [];
        }

        var taken = _carried.ToArray();
        _carried.Clear();
        return taken;
    }

    /// <summary>
    /// Every planned file this build kept in bulk, with the contributor it was kept for, for the caller to check against
    /// the paths it claimed (the files handed on and <see cref="TakeCarried"/>) once every contributor has run. No two
    /// of them clash: each is a file of the previous manifest at a place of its own (the contributors' slices do not
    /// overlap), and the previous build's paths were told apart the same way, ignoring case.
    /// </summary>
    public IEnumerable<(string Path, string Contributor)> KeptInBulk()
    {
        foreach (var (contributor, start, end) in _keptRuns)
        {
            for (var i = start; i < end; i++)
            {
                yield return (_next[i].Key, contributor);
            }
        }
    }

    /// <summary>The files kept in bulk since the last call, and their bytes (they stay in the site, untouched).</summary>
    public (int Files, long Bytes) TakeKept()
    {
        var kept = (_keptFiles, _keptBytes);
        (_keptFiles, _keptBytes) = (0, 0);
        return kept;
    }

    /// <summary>
    /// A deferred file given as kept (<see cref="DeferredOutput.Kept"/>, only when <paramref name="keep"/>): the previous
    /// build's file at its path with its key, so its manifest item is carried over in its place (counted as kept,
    /// <see cref="TakeKept"/>) and it is not handed on. A kept file the previous manifest does not list with that key
    /// is a contributor's bug, not a file to leave stale: the build fails.
    /// </summary>
    private void Carry(DeferredOutput file, bool keep)
    {
        if (!keep || !Previous(file.Path, out var item) || item.Key != file.SourceKey)
        {
            throw new InvalidOperationException($"{file.Path} was given as kept, but the previous build did not make it with that key");
        }

        _next.Add(new(file.Path, item));
        _carried.Add(file.Path);
        _reused++;
        _keptFiles++;
        _keptBytes += item.Length;
    }

    /// <summary>
    /// For a trusted warm build with <see cref="BulkKeep"/>: the contributor's outputs of the previous build and which of
    /// them read an identity that hashes differently now (<see cref="ReadIndex.Affected"/>: only the identities its
    /// outputs read are asked). Null when the previous build's outputs of that contributor are not known.
    /// </summary>
    private (OutputSlice Slice, bool[] Affected)? Affected(string contributor)
    {
        if (!Trusted || !BulkKeep || _slices is null || !_slices.TryGetValue(contributor, out var slice))
        {
            return null;
        }

        var t = (_timings?.Now() ?? default);
        var changed = slice.Basis is { } basis ? _table.Hashes?.ChangedSince(basis) : null;
        _timings?.Measure(changed is null ? "changes: unknown" : "changes", t);
        t = (_timings?.Now() ?? default);
        var affected = slice.Index.Affected(slice.Count, i => !_table.Unchanged(i, changed));
        _timings?.Measure("read index", t);
        return (slice, affected);
    }

    /// <summary>
    /// The planned files of a contributor whose previous outputs are known: while the plan gives the previous build's
    /// paths in the previous order, an output that read nothing changed is kept as it is (its manifest item carried
    /// over, nothing made, looked up or handed on); the others are resolved as usual and handed on. From the first path
    /// that differs (a page added or removed) every further file is resolved as usual, which is what a build without
    /// the index does: false positives, never a stale page.
    /// </summary>
    private IEnumerable<ResolvedOutput> ResolveKeeping(Identity self, IEnumerable<PlannedOutput> plan, int size, OutputSlice slice, bool[] affected)
    {
        var position = 0;
        var aligned = true;
        var todo = new List<int>(size);
        foreach (var batch in plan.Chunk(size))
        {
            var kept = new bool[batch.Length];
            todo.Clear();
            for (var k = 0; k < batch.Length; k++)
            {
                var at = position + k;
                if (aligned && at < slice.Count && string.Equals(_previousOrdered[slice.Start + at].Key, batch[k].Path, StringComparison.Ordinal))
                {
                    if (batch[k].RenderRecorded is not null && !affected[at] && _previousOrdered[slice.Start + at].Value.Reads is not null)
                    {
                        kept[k] = true;
                        continue;
                    }
                }
                else
                {
                    aligned = false;
                }

                todo.Add(k);
            }

            var resolved = new ResolvedOutput[batch.Length];
            Parallel.For(0, todo.Count, j =>
            {
                var k = todo[j];
                resolved[k] = batch[k].RenderRecorded is null ? ResolvePlain(batch[k]) : Resolve(self, batch[k]);
            });
            for (var k = 0; k < batch.Length; k++)
            {
                if (kept[k])
                {
                    var item = _previousOrdered[slice.Start + position + k];
                    KeptAt(self.Key, _next.Count);
                    _next.Add(item);
                    _matched++;
                    _reused++;
                    _keptFiles++;
                    _keptBytes += item.Value.Length;
                    continue;
                }

                Record(resolved[k]);
                yield return resolved[k];
            }

            position += batch.Length;
        }
    }

    /// <summary>Records that the file at <paramref name="at"/> in <see cref="_next"/> was kept in bulk for <paramref name="contributor"/>.</summary>
    private void KeptAt(string contributor, int at)
    {
        if (_keptRuns.Count > 0 && _keptRuns[^1] is var (last, start, end) && end == at && string.Equals(last, contributor, StringComparison.Ordinal))
        {
            _keptRuns[^1] = (last, start, end + 1);
            return;
        }

        _keptRuns.Add((contributor, at, at + 1));
    }
}
