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
public sealed class IncrementalSession
{
    private readonly IReadOnlyDictionary<string, ManifestItem>? _previous;
    private readonly string _previousFolder;
    private readonly WarmSite? _warm;
    private readonly TimingLog? _timings;
    private readonly List<KeyValuePair<string, ManifestItem>> _next;
    private readonly List<KeyValuePair<string, ManifestItem>> _derived = [];
    private readonly IReadOnlyList<Identity> _previousIdentities = [];
    private readonly IReadOnlyList<UInt128> _previousHashes = [];
    private readonly byte[] _previousState = [];
    private readonly int[] _previousToNext = [];
    private readonly Dictionary<Identity, int> _identities;
    private readonly List<Identity> _identityList = new();
    private readonly List<UInt128> _identityHashes = new();
    private readonly Dictionary<string, UInt128> _contributors = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<KeyValuePair<string, ManifestItem>> _previousOrdered = [];
    private readonly IReadOnlyDictionary<string, OutputSlice>? _slices;
    private readonly Dictionary<string, (int Start, int Count)> _ranges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _bases = new(StringComparer.Ordinal);
    private int _seeded;
    private int _keptFiles;
    private long _keptBytes;
    private IIdentityHashes? _hashes;
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
            (_previousIdentities, _previousHashes) = (remembered.Identities, remembered.Hashes);
            (_previousState, _previousToNext) = Tables(_previousIdentities.Count);
            (_previousOrdered, _slices) = (remembered.Ordered, remembered.Slices);
            Trusted = true;
            _identities = remembered.Lookup ?? new();
            Seed(remembered.Lookup is not null);
            _next = new(_previous.Count);
            _timings?.Measure("manifest: remembered", t);
            return;
        }

        _identities = new();
        var previous = reuse ? BuildManifest.TryLoad(_previousFolder) : null;
        _previous = previous is not null && previous.Code == CodeKey ? previous.Files : null;
        if (_previous is not null)
        {
            (_previousIdentities, _previousHashes) = (previous!.Identities, previous.Hashes);
            (_previousState, _previousToNext) = Tables(_previousIdentities.Count);
        }

        _next = new(_previous?.Count ?? 0);
        _timings?.Measure("manifest: read", t);
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

    /// <summary>A reused source at least this long is read in pieces, not whole, to derive a copy from it (see <see cref="ResolveDerived"/>).</summary>
    private const long StreamedSource = 4 << 20;

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
            _warm.Remember(_previousFolder, files, _identityList, _identityHashes, new PendingManifest(CodeKey, files, _identityList, _identityHashes), _ranges, _bases, _identities);
            return;
        }

        var (identities, hashes, canonical) = Canonical();
        _warm.Remember(_previousFolder, canonical, identities, hashes, ranges: _ranges, bases: _bases);
    }

    /// <summary>Whether this build writes the stub manifest and leaves the whole one to serve (<see cref="WarmSite.DeferManifest"/>).</summary>
    private bool Deferred => _warm?.DeferManifest == true;

    /// <summary>
    /// Whether a trusted warm build may keep a planned contributor's unaffected outputs in bulk (see
    /// <see cref="Resolve(ISiteContributor, ListSet, int?)"/>): they are then not handed to the caller, only counted
    /// (<see cref="TakeKept"/>). Set by a pipeline that does nothing else per file (no precompressed copies).
    /// </summary>
    public bool BulkKeep { get; set; }

    /// <summary>The files kept in bulk since the last call, and their bytes (they stay in the site, untouched).</summary>
    public (int Files, long Bytes) TakeKept()
    {
        var kept = (_keptFiles, _keptBytes);
        (_keptFiles, _keptBytes) = (0, 0);
        return kept;
    }

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
            _contributors[contributor.Name] = ContentKey.Of("planned", System.Text.Encoding.UTF8.GetBytes($"{contributor.Name}\n{planned.Fingerprint}\n"));
            // A later contributor's hashes answer for every identity an earlier one's do (the versions data extends the
            // site's), so the last one given is asked.
            var dependencies = planned.Dependencies(lists);
            _hashes = dependencies ?? _hashes;
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
                foreach (var batch in planned.Plan(lists).Chunk(size))
                {
                    var resolved = new ResolvedOutput[batch.Length];
                    Parallel.For(0, batch.Length, i => resolved[i] = batch[i].RenderRecorded is null ? ResolvePlain(batch[i]) : Resolve(self, batch[i]));
                    foreach (var output in resolved)
                    {
                        Record(output);
                        yield return output;
                    }
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
        var changed = slice.Basis is { } basis ? _hashes?.ChangedSince(basis) : null;
        _timings?.Measure(changed is null ? "changes: unknown" : "changes", t);
        t = (_timings?.Now() ?? default);
        var affected = slice.Index.Affected(slice.Count, i => !Unchanged(i, changed));
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

    /// <summary>What the manifest holds, its identity table in canonical order (<see cref="Dependencies.CanonicalTable"/>), made once.</summary>
    private (Identity[] Identities, UInt128[] Hashes, List<KeyValuePair<string, ManifestItem>> Files) Canonical() =>
        _canonical ??= Dependencies.CanonicalTable.Of(_identityList, _identityHashes, _derived.Count == 0 ? _next : [.. _next, .. _derived]);

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

    /// <summary>
    /// A file derived from another file of this build (<paramref name="source"/>, already resolved), such as its
    /// precompressed copy: keyed by the source's key under <paramref name="kind"/>, so it is reused exactly when the
    /// previous build had it with the same source (and it is still there), else made now by <paramref name="produce"/>
    /// from the source's bytes (read back from the previous site when the source itself was reused). Safe to call from
    /// several threads; record the results with <see cref="RecordDerived"/>, in a deterministic order.
    /// </summary>
    /// <param name="produceStreamed">
    /// The same as <paramref name="produce"/>, from a stream into a stream (seekable): used, with a <see cref="Sink"/>, when
    /// the source is in a file (written straight there, or a large reused one), so neither is held in memory.
    /// </param>
    public ResolvedOutput ResolveDerived(ResolvedOutput source, string path, string kind, Func<byte[], byte[]> produce, Action<Stream, Stream>? produceStreamed = null)
    {
        Span<byte> sourceKey = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(sourceKey, source.Key);
        var key = ContentKey.Of(kind, sourceKey);
        if (TryReuse(path, key, Previous(path, out var old), old) is { } reused)
        {
            return reused;
        }

        Interlocked.Increment(ref _produced);
        var from = source.WrittenTo ?? (source.Content is null && source.Length >= StreamedSource ? source.ReuseFrom : null);
        if (from is not null && produceStreamed is not null && Sink is { } sink)
        {
            using var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var output = sink.Create(path);
            produceStreamed(input, output);
            return new ResolvedOutput(path, null, null, key, output.Length) { WrittenTo = output.Name };
        }

        var content = produce(source.Content ?? File.ReadAllBytes(from ?? source.ReuseFrom!));
        return new ResolvedOutput(path, content, null, key, content.LongLength);
    }

    /// <summary>
    /// Records a file of <see cref="ResolveDerived"/> for the new manifest. Derived files are listed after every other
    /// file, in the order recorded, so the manifest does not depend on how files were batched.
    /// </summary>
    public void RecordDerived(ResolvedOutput output) => _derived.Add(new(output.Path, new ManifestItem(output.Key, output.Length)));

    /// <summary>
    /// The previous manifest's item for <paramref name="path"/>, if it lists it; called once per file of this build
    /// (it counts the paths seen again, see <see cref="Deleted"/>).
    /// </summary>
    private bool Previous(string path, out ManifestItem old)
    {
        if (_previous is null || !_previous.TryGetValue(path, out old))
        {
            old = default;
            return false;
        }

        Interlocked.Increment(ref _matched);
        return true;
    }

    /// <summary>
    /// The previous site's file at <paramref name="path"/> when the previous manifest recorded the same key for it
    /// (same inputs, or for content-keyed files the same bytes) and it is still there with its length; it is then
    /// left in place, not written, and keeps its time stamp. The one stat per reused file (about 1 µs each, in
    /// parallel) is what brings back a file deleted from the site by hand, which an in-place writer would otherwise
    /// never notice; it is left out when the site is <see cref="Trusted"/>.
    /// </summary>
    private ResolvedOutput? TryReuse(string path, UInt128 key, bool found, ManifestItem old, int[]? carried = null, ReadSet? recorded = null)
    {
        if (!found || old.Key != key)
        {
            return null;
        }

        if (!Trusted)
        {
            var file = Path.Combine(_previousFolder, path.Replace('/', Path.DirectorySeparatorChar));
            var t = (_timings?.Now() ?? default);
            var info = new FileInfo(file);
            var there = info.Exists && info.Length == old.Length;
            _timings?.Measure("stat", t);
            if (!there)
            {
                return null;
            }
        }

        Interlocked.Increment(ref _reused);
        return ResolvedOutput.Reused(path, _previousFolder, key, old.Length, carried, recorded);
    }

    private void Record(ResolvedOutput output)
    {
        _next.Add(new(output.Path, new ManifestItem(output.Key, output.Length, Reads(output))));
    }

    /// <summary>
    /// A deferred file keyed by its source bytes (key prefix <c>source</c>, so never equal to a content key): reused
    /// when the previous build had the same source at the same path, else produced now.
    /// </summary>
    private ResolvedOutput Resolve(DeferredOutput deferred)
    {
        // A key given by the contributor costs nothing: not timed (a clock reading per file would cost more).
        UInt128 key;
        if (deferred.HasKey)
        {
            key = deferred.SourceKey;
        }
        else
        {
            var since = (_timings?.Now() ?? default);
            key = deferred.SourceKey;
            _timings?.Measure("deferred: key", since);
        }

        if (TryReuse(deferred.Path, key, Previous(deferred.Path, out var old), old) is { } reused)
        {
            return reused;
        }

        Interlocked.Increment(ref _produced);
        var t = (_timings?.Now() ?? default);
        var content = deferred.Produce(deferred.Source);
        _timings?.Measure("deferred: produce", t);
        return new ResolvedOutput(deferred.Path, content, null, key, content.LongLength);
    }

    /// <summary>
    /// A recorded output: reused when the previous manifest lists it with what it read and each of those identities
    /// hashes as it did then (<paramref name="contributor"/>, the contributor's fingerprint, is among them); else
    /// rendered now, recording what it reads. Its key is its content's, so derived files (compressed copies) follow it.
    /// </summary>
    private ResolvedOutput Resolve(Identity contributor, PlannedOutput planned)
    {
        var found = Previous(planned.Path, out var old);
        if (found && old.Reads is { } reads && Unchanged(reads) && TryReuse(planned.Path, old.Key, found, old, carried: reads) is { } reused)
        {
            return reused;
        }

        var read = new ReadSet();
        read.Add(contributor);
        if (planned.Later is { } later)
        {
            // Made later, off the build (serve's deferred downloads): the previous file stays meanwhile, reading only that.
            later(read);
            if (TryReuse(planned.Path, old.Key, found, old, recorded: read) is { } left)
            {
                return left;
            }

            read = new ReadSet();
            read.Add(contributor);
        }

        Interlocked.Increment(ref _rendered);
        var t = (_timings?.Now() ?? default);
        if (planned.WriteRecorded is { } write && Sink is { } sink)
        {
            string written;
            using (var file = sink.Create(planned.Path))
            {
                write(read, file);
                written = file.Name;
            }

            var (key, length) = ContentKey.OfFile("content", written);
            _timings?.Measure("render", t);
            return new ResolvedOutput(planned.Path, null, null, key, length) { Recorded = read, WrittenTo = written };
        }

        var content = planned.RenderRecorded!(read);
        _timings?.Measure("render", t);
        return new ResolvedOutput(planned.Path, content, null, ContentKey.Of("content", content), content.LongLength) { Recorded = read };
    }

    /// <summary>Whether every identity at <paramref name="reads"/> of the previous table hashes now as it did then (each compared once per build).</summary>
    private bool Unchanged(int[] reads)
    {
        foreach (var i in reads)
        {
            if (!Unchanged(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether identity <paramref name="i"/> of the previous table hashes now as it did then (compared once per build).
    /// With <paramref name="changed"/> (<see cref="IIdentityHashes.ChangedSince"/> of the data the previous build's
    /// hashes came from), an identity it says did not change is taken as unchanged without being hashed. Given only
    /// for identities some output of the previous manifest read: their recorded hash is the one that data gave
    /// (kept or rendered, every read identity's hash was checked or recorded), so "no change since that data" is
    /// "same hash as recorded". An identity nothing read may hold an older hash and is always hashed.
    /// </summary>
    private bool Unchanged(int i, Func<Identity, bool>? changed = null)
    {
        var state = Volatile.Read(ref _previousState[i]);
        if (state == 0)
        {
            var identity = _previousIdentities[i];
            state = identity.Kind != IdentityKind.Contributor && changed is not null && !changed(identity)
                ? (byte)1
                : Current(identity) == _previousHashes[i] ? (byte)1 : (byte)2;
            Volatile.Write(ref _previousState[i], state);
        }

        return state == 1;
    }

    /// <summary>
    /// A trusted warm build starts its identity table as the previous one (same positions, so every carried read set
    /// stays as it is): kept outputs are then carried over without renumbering. An identity found changed gets its
    /// current hash when an output rendered now records it (<see cref="Reads"/>).
    /// </summary>
    /// <param name="looked">Whether <see cref="_identities"/> already holds the previous table's positions (handed on by <see cref="WarmSite"/>).</param>
    private void Seed(bool looked)
    {
        _seeded = _previousIdentities.Count;
        _identityList.AddRange(_previousIdentities);
        _identityHashes.AddRange(_previousHashes);
        if (!looked)
        {
            _identities.EnsureCapacity(_seeded);
            for (var i = 0; i < _seeded; i++)
            {
                _identities.Add(_previousIdentities[i], i);
            }
        }

        for (var i = 0; i < _seeded; i++)
        {
            _previousToNext[i] = i;
        }
    }

    /// <summary>The hash <paramref name="identity"/> has in this build.</summary>
    private UInt128 Current(Identity identity) => identity.Kind == IdentityKind.Contributor
        ? _contributors.GetValueOrDefault(identity.Key)
        : _hashes?.Of(identity) ?? 0;

    /// <summary>What a recorded output read, as ascending indices into this build's identity table (null for other outputs).</summary>
    private int[]? Reads(ResolvedOutput output)
    {
        if (output.Carried is { } carried)
        {
            // The usual warm rebuild keeps the table's order: the previous array is then kept as it is.
            int[]? reads = null;
            for (var i = 0; i < carried.Length; i++)
            {
                var next = _previousToNext[carried[i]];
                if (next < 0)
                {
                    next = _previousToNext[carried[i]] = Index(_previousIdentities[carried[i]], _previousHashes[carried[i]]);
                }

                if (reads is null && next != carried[i])
                {
                    reads = carried[..i];
                    Array.Resize(ref reads, carried.Length);
                }

                if (reads is not null)
                {
                    reads[i] = next;
                }
            }

            if (reads is null)
            {
                return carried;
            }

            Array.Sort(reads);
            return reads;
        }

        if (output.Recorded is not { } recorded)
        {
            return null;
        }

        var read = recorded.Read;
        var indices = new int[read.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            if (_identities.TryGetValue(read[i], out var known))
            {
                indices[i] = known;
                if (known < _seeded && !Unchanged(known))
                {
                    _identityHashes[known] = Current(read[i]); // seeded with the previous hash (Seed)
                }
            }
            else
            {
                indices[i] = Index(read[i], Current(read[i]));
            }
        }

        Array.Sort(indices);
        var unique = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            if (i == 0 || indices[i] != indices[unique - 1])
            {
                indices[unique++] = indices[i];
            }
        }

        return unique == indices.Length ? indices : indices[..unique];
    }

    /// <summary>The index of <paramref name="identity"/> in this build's table, added with <paramref name="hash"/> if new.</summary>
    private int Index(Identity identity, UInt128 hash)
    {
        if (!_identities.TryGetValue(identity, out var index))
        {
            index = _identityList.Count;
            _identities.Add(identity, index);
            _identityList.Add(identity);
            _identityHashes.Add(hash);
        }

        return index;
    }

    private static (byte[] State, int[] ToNext) Tables(int count)
    {
        var toNext = new int[count];
        Array.Fill(toNext, -1);
        return (new byte[count], toNext);
    }

    /// <summary>A plain planned file: rendered now, kept in place when its bytes are the previous build's.</summary>
    private ResolvedOutput ResolvePlain(PlannedOutput planned)
    {
        var found = Previous(planned.Path, out var old);
        var bytes = planned.Render();
        var key = ContentKey.Of("content", bytes);
        return TryReuse(planned.Path, key, found, old) ?? new ResolvedOutput(planned.Path, bytes, null, key, bytes.LongLength);
    }
}
