using System.IO.Compression;

namespace PowerList.Output;

/// <summary>
/// gzip with a fixed header (no name, mtime 0, OS byte 255): the same bytes give the same compressed bytes on every
/// platform with the same runtime. Used for the search index files (<c>*.jgz</c>, <c>*.bgz</c>) and the
/// precompressed <c>.gz</c> copies of large pages (<see cref="Site.Compression.Precompression"/>).
/// </summary>
public static class FixedGzip
{
    public static byte[] Compress(ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var output = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(content);
        }

        var bytes = output.ToArray();
        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0; // mtime
        bytes[9] = 255; // OS: unknown (zlib writes the build platform's code)
        return bytes;
    }
}
