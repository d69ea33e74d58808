using System.IO.Compression;

namespace PowerList.Search.Indexing;

/// <summary>
/// Index files are gzip-compressed JSON with the extension <see cref="Extension"/>, or binary posting packs with
/// <see cref="BinaryExtension"/> (not <c>.gz</c>, so that no static
/// host adds <c>Content-Encoding: gzip</c>): the bytes on the wire are the compressed bytes whatever the host does, and
/// both engines decompress them themselves. The header is fixed (no name, mtime 0, OS byte 255), so a build is
/// byte-identical on every platform with the same runtime.
/// </summary>
public static class IndexFileCodec
{
    public const string Extension = ".jgz";

    /// <summary>Binary files (posting packs), gzip-compressed the same way.</summary>
    public const string BinaryExtension = ".bgz";

    /// <summary>The fixed-header gzip of a JSON file at the smallest size (<see cref="Output.FixedGzip"/>).</summary>
    public static byte[] Compress(byte[] content) => Output.FixedGzip.Compress(content, CompressionLevel.SmallestSize);

    /// <summary>
    /// The fixed-header gzip of a posting pack (<see cref="BinaryExtension"/>) at the default level, not the smallest:
    /// on the varints of the packs zlib-ng's level 9 gives larger files than level 6 (at 100,000 generated entries
    /// 118.1 against 117.2 MB) for about 3.7 times the CPU (docs/performance.md, s33-search).
    /// </summary>
    public static byte[] CompressBinary(byte[] content) => Output.FixedGzip.Compress(content, CompressionLevel.Optimal);

    /// <summary>Decompresses gzip content; anything else (a host that already decoded it) is returned as it is.</summary>
    public static byte[] Decompress(byte[] content)
    {
        if (content.Length < 2 || content[0] != 0x1F || content[1] != 0x8B)
        {
            return content;
        }

        using var input = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var output = new MemoryStream(content.Length * 4);
        input.CopyTo(output);
        return output.ToArray();
    }
}
