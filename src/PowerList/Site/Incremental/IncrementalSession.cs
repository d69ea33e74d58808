using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Incremental;

/// <summary>
/// Decides, file by file, what a build must render: a planned file (<see cref="IPlannedContributor"/>) whose input
/// key equals the one in the previous site's <see cref="BuildManifest"/> (same program, same contributor
/// fingerprint, same path, same inputs) and whose old file is still there is reused; everything else is rendered,
/// in parallel batches handed out in order. A deferred file (<see cref="IDeferredContributor"/>) is keyed by its source
/// bytes and produced (compressed) only when that key changed. Other contributors run in full and their files are keyed by content;
/// a file whose bytes equal the previous build's is left in place rather than written again.
/// Files of the old site that are not produced again (deleted or renamed entries) are simply not carried over.
/// </summary>
public sealed class IncrementalSession
{
    private readonly BuildManifest? _previous;
    private readonly string _previousFolder;
    private readonly List<KeyValuePair<string, ManifestItem>> _next = [];
    private int _reused;
    private int _rendered;
    private int _produced;

    /// <summary>Source bytes of deferred files keyed and produced at once (in parallel).</summary>
    private const long DeferredBatchBytes = 16 << 20;

    [ThreadStatic]
    private static KeyWriter? _keys;

    /// <param name="outputFolder">The site folder of the previous build, if any.</param>
    /// <param name="reuse">False for a clean build: nothing is reused, the manifest is still written.</param>
    public IncrementalSession(string outputFolder, bool reuse = true)
    {
        _previousFolder = Path.GetFullPath(outputFolder);
        var t = BuildTimings.Now();
        var previous = reuse ? BuildManifest.TryLoad(_previousFolder) : null;
        BuildTimings.Measure("manifest: read", t);
        _previous = previous is not null && previous.Code == CodeKey ? previous : null;
    }

    /// <summary>Identifies this build of PowerList (its module version id): a new program renders everything again.</summary>
    public static string CodeKey { get; } = typeof(IncrementalSession).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Files reused from the previous site so far.</summary>
    public int Reused => _reused;

    /// <summary>Planned files rendered so far.</summary>
    public int Rendered => _rendered;

    /// <summary>Deferred files (<see cref="IDeferredContributor"/>) produced so far, i.e. not reused.</summary>
    public int Produced => _produced;

    /// <summary>Whether a usable previous manifest was found.</summary>
    public bool HasPrevious => _previous is not null;

    /// <summary>The paths the previous manifest lists (none without <see cref="HasPrevious"/>).</summary>
    public IEnumerable<string> PreviousFiles => _previous?.Files.Keys ?? Enumerable.Empty<string>();

    /// <summary>The files of <paramref name="contributor"/>, in its order; each is recorded for the new manifest.</summary>
    public IEnumerable<ResolvedOutput> Resolve(ISiteContributor contributor, ListSet lists, int batchSize = 256)
    {
        if (contributor is IPlannedContributor planned)
        {
            var prefix = ContentKey.Of("planned", System.Text.Encoding.UTF8.GetBytes($"{contributor.Name}\n{planned.Fingerprint}\n"));
            foreach (var batch in planned.Plan(lists).Chunk(Math.Max(1, batchSize)))
            {
                var resolved = new ResolvedOutput[batch.Length];
                Parallel.For(0, batch.Length, i => resolved[i] = Resolve(prefix, batch[i]));
                foreach (var output in resolved)
                {
                    Record(output);
                    yield return output;
                }
            }

            yield break;
        }

        if (contributor is IDeferredContributor deferred)
        {
            foreach (var batch in Batches(deferred.ContributeDeferred(lists), Math.Max(1, batchSize)))
            {
                var resolved = new ResolvedOutput[batch.Count];
                Parallel.For(0, batch.Count, i => resolved[i] = Resolve(batch[i]));
                foreach (var output in resolved)
                {
                    Record(output);
                    yield return output;
                }
            }

            yield break;
        }

        foreach (var file in contributor.Contribute(lists))
        {
            var key = ContentKey.Of("content", file.Content);
            var output = TryReuse(file.Path, key) ?? new ResolvedOutput(file.Path, file.Content, null, key, file.Content.LongLength);
            Record(output);
            yield return output;
        }
    }

    /// <summary>The manifest of everything resolved, to be written last.</summary>
    public OutputFile Manifest()
    {
        var t = BuildTimings.Now();
        var bytes = new BuildManifest(CodeKey, _next).ToBytes();
        BuildTimings.Measure("manifest: write", t);
        return new(BuildManifest.FileName, bytes);
    }

    /// <summary>
    /// The previous site's file at <paramref name="path"/> when the previous manifest recorded the same key for it
    /// (same inputs, or for content-keyed files the same bytes) and it is still there with its length; it is then
    /// left in place, not written, and keeps its time stamp. The one stat per reused file stays (about 1 µs each, in
    /// parallel): it is what brings back a file deleted from the site by hand, which an in-place writer would
    /// otherwise never notice.
    /// </summary>
    private ResolvedOutput? TryReuse(string path, UInt128 key)
    {
        if (_previous is null || !_previous.Files.TryGetValue(path, out var old) || old.Key != key)
        {
            return null;
        }

        var file = Path.Combine(_previousFolder, path.Replace('/', Path.DirectorySeparatorChar));
        var info = new FileInfo(file);
        if (!info.Exists || info.Length != old.Length)
        {
            return null;
        }

        Interlocked.Increment(ref _reused);
        return new ResolvedOutput(path, null, file, key, old.Length);
    }

    private void Record(ResolvedOutput output) => _next.Add(new(output.Path, new ManifestItem(output.Key, output.Length)));

    /// <summary>
    /// A deferred file keyed by its source bytes (key prefix <c>source</c>, so never equal to a content key): reused
    /// when the previous build had the same source at the same path, else produced now.
    /// </summary>
    private ResolvedOutput Resolve(DeferredOutput deferred)
    {
        var t = BuildTimings.Now();
        var key = deferred.SourceKey;
        var found = TryReuse(deferred.Path, key);
        BuildTimings.Measure("deferred: key", t);
        if (found is { } reused)
        {
            return reused;
        }

        Interlocked.Increment(ref _produced);
        t = BuildTimings.Now();
        var content = deferred.Produce(deferred.Source);
        BuildTimings.Measure("deferred: produce", t);
        return new ResolvedOutput(deferred.Path, content, null, key, content.LongLength);
    }

    /// <summary>Batches of at most <paramref name="count"/> files and about <see cref="DeferredBatchBytes"/> source bytes, taken lazily.</summary>
    private static IEnumerable<List<DeferredOutput>> Batches(IEnumerable<DeferredOutput> files, int count)
    {
        var batch = new List<DeferredOutput>();
        long bytes = 0;
        foreach (var file in files)
        {
            batch.Add(file);
            bytes += file.HasSource ? file.Source.LongLength : 0;
            if (batch.Count >= count || bytes >= DeferredBatchBytes)
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private ResolvedOutput Resolve(UInt128 prefix, PlannedOutput planned)
    {
        if (planned.Inputs is null)
        {
            var bytes = planned.Render();
            var contentKey = ContentKey.Of("content", bytes);
            return TryReuse(planned.Path, contentKey) ?? new ResolvedOutput(planned.Path, bytes, null, contentKey, bytes.LongLength);
        }

        var t = BuildTimings.Now();
        var inputs = planned.Inputs();
        BuildTimings.Measure("inputs", t);
        t = BuildTimings.Now();
        var key = (_keys ??= new KeyWriter("", 1024));
        key.Clear();
        var k = key.Add(prefix).Add(planned.Path).Add(inputs.Length).Write(inputs).Hash();
        BuildTimings.Measure("hash", t);
        t = BuildTimings.Now();
        var found = TryReuse(planned.Path, k);
        BuildTimings.Measure("stat", t);
        if (found is { } reused)
        {
            return reused;
        }

        Interlocked.Increment(ref _rendered);
        t = BuildTimings.Now();
        var content = planned.Render();
        BuildTimings.Measure("render", t);
        return new ResolvedOutput(planned.Path, content, null, k, content.LongLength);
    }
}
