using PowerList.Building.Dependencies;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Building;

/// <summary>
/// A contributor's files, by its kind: planned (in parallel batches, kept in bulk in a trusted warm build, the slow ones
/// made ahead in a clean build), deferred (keyed by their source bytes, compressed only when that key changed) or plain
/// (made in full, keyed by content).
/// </summary>
public sealed partial class IncrementalSession
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ResolvedOutput, ResolvedOutput> _copiesMadeAhead = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Makes the derived copy of an output made ahead (<see cref="IPlannedContributor.Ahead"/>) on the output's own
    /// thread, right after it: the site's precompressed copy (set by the pipeline), or null for none. The writer
    /// takes it with the output (<see cref="TakeCopyMadeAhead"/>) instead of making it then.
    /// </summary>
    public Func<ResolvedOutput, ResolvedOutput?>? CopyAhead { get; set; }

    /// <summary>The copy <see cref="CopyAhead"/> made of <paramref name="output"/>, once; null when none was made ahead.</summary>
    public ResolvedOutput? TakeCopyMadeAhead(ResolvedOutput output) => _copiesMadeAhead.TryRemove(output, out var copy) ? copy : null;

    /// <summary>Planned files resolved at once, in parallel, when most are expected to be rendered.</summary>
    public const int RenderBatch = 256;

    /// <summary>
    /// Planned files resolved at once in a warm build (<see cref="Trusted"/>), where nearly every file is reused
    /// after comparing a few hashes: fewer, larger parallel loops waste less time waiting.
    /// </summary>
    public const int ReuseBatch = 2048;

    /// <summary>The files of <paramref name="contributor"/>, in its order; each is recorded for the new manifest.</summary>
    /// <param name="batchSize">Planned files resolved at once; by default <see cref="ReuseBatch"/> in a trusted warm build, else <see cref="RenderBatch"/>.</param>
    public IEnumerable<ResolvedOutput> Resolve(ISiteContributor contributor, ListSet lists, int? batchSize = null)
    {
        var size = Math.Max(1, batchSize ?? (Trusted ? ReuseBatch : RenderBatch));
        if (contributor is IPlannedContributor planned)
        {
            _table.SetContributor(contributor.Name, ContentKey.Of("planned", System.Text.Encoding.UTF8.GetBytes($"{contributor.Name}\n{planned.Fingerprint}\n")));
            // A later contributor's hashes answer for every identity an earlier one's do (the versions data extends the
            // site's), so the last one given is asked.
            var dependencies = planned.Dependencies(lists);
            _table.Hashes = dependencies ?? _table.Hashes;
            _bases[contributor.Name] = dependencies?.Basis;
            var self = new Identity(IdentityKind.Contributor, contributor.Name);
            var start = _next.Count;
            if (Affected(contributor.Name) is var (slice, affected))
            {
                foreach (var output in ResolveKeeping(self, planned.Plan(lists), size, slice, affected))
                {
                    yield return output;
                }
            }
            else
            {
                // A clean build starts the slow outputs first, beside the others (AheadOutputs); each is taken in its place.
                using var ahead = HasPrevious ? null : AheadOutputs.Start(planned.Ahead(lists), p => Resolve(self, p), CopyAhead);
                foreach (var batch in planned.Plan(lists).Chunk(size))
                {
                    var resolved = new ResolvedOutput[batch.Length];
                    for (var i = 0; ahead is not null && i < batch.Length; i++)
                    {
                        if (ahead.Take(batch[i], out var made, out var copy))
                        {
                            resolved[i] = made;
                            if (copy is not null)
                            {
                                _copiesMadeAhead[made] = copy;
                            }
                        }
                    }

                    Parallel.For(0, batch.Length, i => resolved[i] ??= batch[i].RenderRecorded is null ? ResolvePlain(batch[i]) : Resolve(self, batch[i]));
                    foreach (var output in resolved)
                    {
                        Record(output);
                        yield return output;
                    }
                }

                if (ahead is { Left: > 0 })
                {
                    throw new InvalidOperationException($"{contributor.Name}: {ahead.Left} output(s) to make ahead are not in the plan");
                }
            }

            _ranges[contributor.Name] = (start, _next.Count - start);
            yield break;
        }

        if (contributor is IDeferredContributor deferred)
        {
            var keep = Trusted && BulkKeep;
            var batches = DeferredBatches.Of(deferred.ContributeDeferred(lists, keep), Math.Max(1, batchSize ?? RenderBatch));
            // A clean build makes (serializes) the next batch while this one is produced (compressed) in parallel.
            foreach (var batch in HasPrevious ? batches : ReadAhead.Of(batches, 1))
            {
                var resolved = new ResolvedOutput[batch.Count];
                if (batch.Exists(f => !f.IsKept))
                {
                    Parallel.For(0, batch.Count, i => resolved[i] = batch[i].IsKept ? null! : Resolve(batch[i]));
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].IsKept)
                    {
                        Carry(batch[i], keep);
                        continue;
                    }

                    Record(resolved[i]);
                    yield return resolved[i];
                }
            }

            yield break;
        }

        foreach (var file in contributor.Contribute(lists))
        {
            var key = ContentKey.Of("content", file.Content);
            var found = Previous(file.Path, out var old);
            var output = TryReuse(file.Path, key, found, old) ?? new ResolvedOutput(file.Path, file.Content, null, key, file.Content.LongLength);
            Record(output);
            yield return output;
        }
    }
}
