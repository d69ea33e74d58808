namespace PowerList.Site.Incremental;

/// <summary>
/// A file whose final bytes are derived from <see cref="Source"/> by <see cref="Produce"/> (for the search index:
/// gzip compression of the uncompressed file). <see cref="IncrementalSession"/> keys it by <see cref="Source"/>;
/// when the key equals the previous build's, the previous file is reused and <see cref="Produce"/> is never called.
/// <see cref="Produce"/> must be a pure function of <see cref="Source"/> for a given program.
/// </summary>
public sealed class DeferredOutput
{
    public DeferredOutput(string path, byte[] source, Func<byte[], byte[]> produce)
    {
        Path = path;
        Source = source;
        Produce = produce;
    }

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>: the path of the final file.</summary>
    public string Path { get; }

    /// <summary>Bytes that determine the final file completely (for the search index: the uncompressed file).</summary>
    public byte[] Source { get; }

    /// <summary>The final bytes from <see cref="Source"/>.</summary>
    public Func<byte[], byte[]> Produce { get; }

    /// <summary>The final file.</summary>
    public Output.OutputFile ToFile() => new(Path, Produce(Source));
}
