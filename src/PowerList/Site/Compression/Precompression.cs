using System.IO.Compression;
using PowerList.Output;

namespace PowerList.Site.Compression;

/// <summary>
/// Which files of a built site get a precompressed copy beside them (<c>x.html</c> → <c>x.html.gz</c>), for a web
/// server that sends it as it is to a browser that accepts gzip (nginx <c>gzip_static</c>, see docs/deploy.md):
/// text files (<see cref="Extensions"/>) of at least <see cref="MinimumBytes"/>. The search index files
/// (<c>*.jgz</c>, <c>*.bgz</c>) are gzip already and never get one. The copy is a pure function of the file's bytes
/// (<see cref="FixedGzip"/>: no name, no time), so a clean and an incremental build give the same bytes; the
/// incremental build keys each copy by its file's key and makes it again only when that changed
/// (<see cref="Incremental.IncrementalSession.ResolveDerived"/>).
/// </summary>
public sealed class Precompression
{
    /// <summary>The default: gzip copies of text files of 4 KB or more.</summary>
    public static Precompression Default { get; } = new();

    /// <summary>The suffix of a gzip copy.</summary>
    public const string GzipSuffix = ".gz";

    /// <summary>
    /// Smaller files are sent as they are. Measured on a built site (docs/deploy.md, "Which files get a copy"): the pages
    /// under 4 KB (an entry's history, a department's ended entries, 404, about; 2-3 KB) compress to about half, a
    /// saving of 1.2-1.6 KB, and plain or compressed they arrive in the same first round trip (well inside TCP's
    /// initial window of ten packets); their copies were a third of a site's files, each a file to create.
    /// </summary>
    public int MinimumBytes { get; init; } = 4096;

    /// <summary>The file types that get a copy (lower case, with the dot).</summary>
    public IReadOnlySet<string> Extensions { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv",
    };

    /// <summary>
    /// zlib level 1 (<see cref="CompressionLevel.Fastest"/>): on the pages' HTML it gives 39.6% of the original size
    /// against 37.4% for level 6, at a fraction of the time, and a full build at 100,000 entries writes some 200,000
    /// such copies (docs/performance.md, "Precompressed copies").
    /// </summary>
    public CompressionLevel Level { get; init; } = CompressionLevel.Fastest;

    /// <summary>Whether the file at <paramref name="path"/> of <paramref name="length"/> bytes gets a gzip copy.</summary>
    public bool Wants(string path, long length)
    {
        if (length < MinimumBytes)
        {
            return false;
        }

        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') && Extensions.Contains(path[dot..].ToLowerInvariant());
    }

    /// <summary>The gzip copy of <paramref name="content"/>.</summary>
    public byte[] Gzip(ReadOnlySpan<byte> content) => FixedGzip.Compress(content, Level);

    /// <summary>The gzip copy of a file read from <paramref name="input"/>, written into <paramref name="output"/> (the same bytes as <see cref="Gzip(ReadOnlySpan{byte})"/>).</summary>
    public void Gzip(Stream input, Stream output) => FixedGzip.Compress(input, output, Level);
}
