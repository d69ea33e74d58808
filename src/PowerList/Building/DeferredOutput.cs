namespace PowerList.Building;

/// <summary>
/// A file whose final bytes are derived from <see cref="Source"/> by <see cref="Produce"/> (for the search index:
/// gzip compression of the uncompressed file). <see cref="IncrementalSession"/> keys it by <see cref="Source"/>
/// (<see cref="SourceKey"/>); when the key equals the previous build's, the previous file is reused and
/// <see cref="Produce"/> is never called. <see cref="Produce"/> must be a pure function of <see cref="Source"/> for a
/// given program.
/// <para>
/// A contributor that knows a file did not change since its previous build (<c>serve</c>, <see cref="WarmBuild"/>)
/// gives the key it had then and a way to make the source again: the source is then made only if the previous file
/// cannot be reused after all.
/// </para>
/// </summary>
public sealed class DeferredOutput
{
    private byte[]? _source;
    private Func<byte[]>? _makeSource;
    private UInt128? _key;

    public DeferredOutput(string path, byte[] source, Func<byte[], byte[]> produce, UInt128? sourceKey = null)
    {
        Path = path;
        _source = source;
        Produce = produce;
        _key = sourceKey;
    }

    /// <param name="sourceKey">The key of the source bytes (<see cref="ContentKey.Of"/> with prefix <c>source</c>), known beforehand.</param>
    /// <param name="makeSource">Makes the source bytes, whose key must be <paramref name="sourceKey"/>.</param>
    public DeferredOutput(string path, UInt128 sourceKey, Func<byte[]> makeSource, Func<byte[], byte[]> produce)
    {
        Path = path;
        _makeSource = makeSource;
        Produce = produce;
        _key = sourceKey;
    }

    private DeferredOutput(string path, UInt128 sourceKey)
    {
        Path = path;
        Produce = static _ => throw new InvalidOperationException("a kept file is not made");
        _key = sourceKey;
        IsKept = true;
    }

    /// <summary>
    /// The previous build's file at <paramref name="path"/>, whose source had the key <paramref name="sourceKey"/>, kept
    /// as it is: only for a session that keeps files in bulk (<see cref="IDeferredContributor.ContributeDeferred(Model.ListSet, bool)"/>
    /// with <c>keep</c>), which carries its manifest item over without making, handing on or looking at it.
    /// </summary>
    public static DeferredOutput Kept(string path, UInt128 sourceKey) => new(path, sourceKey);

    /// <summary>Whether this is a file kept as the previous build left it (<see cref="Kept"/>): no source, nothing to produce.</summary>
    public bool IsKept { get; }

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>: the path of the final file.</summary>
    public string Path { get; }

    /// <summary>Bytes that determine the final file completely (for the search index: the uncompressed file); made on first use when given late.</summary>
    public byte[] Source => _source ??= (_makeSource ?? throw new InvalidOperationException($"{Path} is kept: it has no source"))();

    /// <summary>Whether <see cref="Source"/> is in memory already (not to be made).</summary>
    public bool HasSource => _source is not null;

    /// <summary>Whether <see cref="SourceKey"/> is known without hashing the source.</summary>
    public bool HasKey => _key is not null;

    /// <summary>The key of <see cref="Source"/> under the prefix <c>source</c>.</summary>
    public UInt128 SourceKey => _key ??= ContentKey.Of("source", Source);

    /// <summary>The final bytes from <see cref="Source"/>.</summary>
    public Func<byte[], byte[]> Produce { get; }

    /// <summary>The final file.</summary>
    public Output.OutputFile ToFile() => new(Path, Produce(Source));
}
