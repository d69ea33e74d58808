using PowerList.Building.Dependencies;
using PowerList.Output;

namespace PowerList.Building;

/// <summary>One file at a time: reused from the previous site when its key (or what it read) is the same, else made now.</summary>
public sealed partial class IncrementalSession
{
    /// <summary>A reused source at least this long is read in pieces, not whole, to derive a copy from it (see <see cref="ResolveDerived"/>).</summary>
    private const long StreamedSource = 4 << 20;

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
        _next.Add(new(output.Path, new ManifestItem(output.Key, output.Length, _table.Reads(output))));
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
        if (found && old.Reads is { } reads && _table.Unchanged(reads) && TryReuse(planned.Path, old.Key, found, old, carried: reads) is { } reused)
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

    /// <summary>A plain planned file: rendered now, kept in place when its bytes are the previous build's.</summary>
    private ResolvedOutput ResolvePlain(PlannedOutput planned)
    {
        var found = Previous(planned.Path, out var old);
        var bytes = planned.Render();
        var key = ContentKey.Of("content", bytes);
        return TryReuse(planned.Path, key, found, old) ?? new ResolvedOutput(planned.Path, bytes, null, key, bytes.LongLength);
    }
}
