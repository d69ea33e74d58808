using PowerList.Building.Dependencies;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Building;

/// <summary>
/// Decides, file by file, what a build must render. A recorded file (<see cref="PlannedOutput.Recorded"/>: every page)
/// is reused when the previous manifest lists it with what it read (its identities, <see cref="Identity"/>) and every
/// one of those identities hashes now as it did then (<see cref="IIdentityHashes"/>; the contributor's fingerprint is
/// one of them); else it is rendered, recording what it reads. A plain planned file is rendered every time and keyed
/// by its content; planned files are resolved in parallel batches handed out in order. A deferred file (<see cref="IDeferredContributor"/>) is keyed by its source
/// bytes and produced (compressed) only when that key changed. Other contributors run in full and their files are keyed by content;
/// a file whose bytes equal the previous build's is left in place rather than written again.
/// Files of the old site that are not produced again (deleted or renamed entries) are simply not carried over.
/// </summary>
public sealed partial class IncrementalSession
{
    private readonly IReadOnlyDictionary<string, ManifestItem>? _previous;
    private readonly string _previousFolder;
    private readonly WarmSite? _warm;
    private readonly TimingLog? _timings;
    private readonly List<KeyValuePair<string, ManifestItem>> _next;
    private readonly List<KeyValuePair<string, ManifestItem>> _derived = [];
    private readonly IdentityTable _table;
    private readonly IReadOnlyList<KeyValuePair<string, ManifestItem>> _previousOrdered = [];
    private readonly IReadOnlyDictionary<string, OutputSlice>? _slices;
    private readonly Dictionary<string, (int Start, int Count)> _ranges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _bases = new(StringComparer.Ordinal);
    private int _keptFiles;
    private long _keptBytes;
    private (Identity[] Identities, UInt128[] Hashes, List<KeyValuePair<string, ManifestItem>> Files)? _canonical;
    private int _reused;
    private int _rendered;
    private int _produced;
    private int _matched;

    /// <param name="outputFolder">The site folder of the previous build, if any.</param>
    /// <param name="reuse">False for a clean build: nothing is reused, the manifest is still written.</param>
    /// <param name="warm">
    /// A long-running process's state between builds: when it holds the site this process wrote last and the site's
    /// manifest file is still that one (<see cref="WarmSite"/>), the manifest is not read again and reused files are
    /// not checked on disk.
    /// </param>
    /// <param name="timings">Where the session times its parts (manifest, stat, render …; <c>build --timings</c>), if anywhere.</param>
    public IncrementalSession(string outputFolder, bool reuse = true, WarmSite? warm = null, TimingLog? timings = null)
    {
        _previousFolder = Path.GetFullPath(outputFolder);
        _warm = warm;
        _timings = timings;
        var t = (_timings?.Now() ?? default);
        if (_warm?.Take(_previousFolder) is { } remembered && reuse)
        {
            _previous = remembered.Files;
            var spares = _warm.TakeSpares();
            _table = IdentityTable.Seeded(remembered.Identities, remembered.Hashes, remembered.Lookup, spares?.Identities, spares?.Hashes);
            (_previousOrdered, _slices) = (remembered.Ordered, remembered.Slices);
            Trusted = true;
            _next = Refill(spares?.Ordered, _previous.Count);
            _timings?.Measure("manifest: remembered", t);
            return;
        }

        var previous = reuse ? BuildManifest.TryLoad(_previousFolder) : null;
        _previous = previous is not null && previous.Code == CodeKey ? previous.Files : null;
        _table = _previous is not null ? new IdentityTable(previous!.Identities, previous.Hashes) : new IdentityTable([], []);

        _next = new(_previous?.Count ?? 0);
        _timings?.Measure("manifest: read", t);
    }

    /// <summary>
    /// <paramref name="spare"/> emptied, with room for about <paramref name="count"/> items (<see cref="WarmSite.Room"/>),
    /// or a new list when there is none: a warm build fills the list of the build before the last.
    /// </summary>
    internal static List<T> Refill<T>(List<T>? spare, int count)
    {
        var list = spare ?? new List<T>(WarmSite.Room(count));
        list.Clear();
        if (list.Capacity < count)
        {
            list.Capacity = WarmSite.Room(count);
        }

        return list;
    }

    /// <summary>The timing log this session's build times its parts into, if any (<see cref="Site.Compression.CompressedCopies"/> times its copies there too).</summary>
    public TimingLog? Timings => _timings;

    /// <summary>Identifies this build of PowerList (its module version id): a new program renders everything again.</summary>
    public static string CodeKey { get; } = typeof(IncrementalSession).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Where <see cref="PlannedOutput.Streamed"/> outputs and their derived copies are written straight to their files
    /// (the build's site writer). Null: they are made in memory like any other output.
    /// </summary>
    public IOutputSink? Sink { get; set; }

    /// <summary>Files reused from the previous site so far.</summary>
    public int Reused => _reused;

    /// <summary>Planned files rendered so far.</summary>
    public int Rendered => _rendered;

    /// <summary>Deferred and derived files (<see cref="IDeferredContributor"/>, <see cref="ResolveDerived"/>) produced so far, i.e. not reused.</summary>
    public int Produced => _produced;

    /// <summary>How many files the previous manifest lists (0 without one): about as many as this build makes.</summary>
    public int PreviousCount => _previous?.Count ?? 0;

    /// <summary>Whether a usable previous manifest was found.</summary>
    public bool HasPrevious => _previous is not null;

    /// <summary>
    /// Whether the previous site is the one this process wrote last, untouched since by another build (see
    /// <see cref="WarmSite"/>): its files are then reused without checking that they are still there.
    /// </summary>
    public bool Trusted { get; }

    /// <summary>The paths the previous manifest lists (none without <see cref="HasPrevious"/>).</summary>
    public IEnumerable<string> PreviousFiles => _previous?.Keys ?? Enumerable.Empty<string>();

    /// <summary>
    /// After every file was resolved: the previous manifest's paths that were not produced again (deleted or renamed
    /// pages), in no particular order. When every previous path was seen again (the usual edit) this is known from a
    /// count, without a set of the new paths.
    /// </summary>
    public IEnumerable<string> Deleted()
    {
        if (_previous is null || _matched == _previous.Count)
        {
            return [];
        }

        var next = new HashSet<string>(_next.Count + _derived.Count, StringComparer.Ordinal);
        foreach (var (path, _) in _next.Concat(_derived))
        {
            next.Add(path);
        }

        return _previous.Keys.Where(p => !next.Contains(p)).ToList();
    }

    /// <summary>
    /// After the site was committed: a warm build remembers it (<see cref="WarmSite.Remember"/>) for the next one.
    /// </summary>
    public void Committed()
    {
        if (_warm is null)
        {
            return;
        }

        if (Deferred)
        {
            // The table as this build kept it (the next build reads it in any order); canonical only when written.
            var files = _derived.Count == 0 ? _next : [.. _next, .. _derived];
            // The table keeps its positions, so its lookup is handed on with it (this session is done with it).
            _warm.Remember(_previousFolder, files, _table.List, _table.HashList, new PendingManifest(CodeKey, files, _table.List, _table.HashList), _ranges, _bases, _table.Lookup);
            return;
        }

        var (identities, hashes, canonical) = Canonical();
        _warm.Remember(_previousFolder, canonical, identities, hashes, ranges: _ranges, bases: _bases);
    }

    /// <summary>Whether this build writes the stub manifest and leaves the whole one to serve (<see cref="WarmSite.DeferManifest"/>).</summary>
    private bool Deferred => _warm?.DeferManifest == true;

    /// <summary>
    /// Makes the derived copy of an output made ahead (<see cref="IPlannedContributor.Ahead"/>) on the output's own
    /// thread, right after it: the site's precompressed copy (set by the pipeline), or null for none. The writer
    /// takes it with the output (<see cref="TakeCopyMadeAhead"/>) instead of making it then.
    /// </summary>
    public Func<ResolvedOutput, ResolvedOutput?>? CopyAhead { get; set; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ResolvedOutput, ResolvedOutput> _copiesMadeAhead = new(ReferenceEqualityComparer.Instance);

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

    /// <summary>What the manifest holds, its identity table in canonical order (<see cref="Dependencies.CanonicalTable"/>), made once.</summary>
    private (Identity[] Identities, UInt128[] Hashes, List<KeyValuePair<string, ManifestItem>> Files) Canonical() =>
        _canonical ??= Dependencies.CanonicalTable.Of(_table.List, _table.HashList, _derived.Count == 0 ? _next : [.. _next, .. _derived]);

    /// <summary>The manifest of everything resolved, to be written last (the stub when <see cref="Deferred"/>).</summary>
    public OutputFile Manifest()
    {
        var t = (_timings?.Now() ?? default);
        if (Deferred)
        {
            _timings?.Measure("manifest: stub", t);
            return new(BuildManifest.FileName, BuildManifest.Pending());
        }

        var (identities, hashes, files) = Canonical();
        var bytes = new BuildManifest(CodeKey, files, identities, hashes).ToBytes();
        _timings?.Measure("manifest: write", t);
        return new(BuildManifest.FileName, bytes);
    }

}
