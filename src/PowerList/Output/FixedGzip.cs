using System.Buffers;
using System.IO.Compression;

namespace PowerList.Output;

/// <summary>
/// gzip with a fixed header (no name, mtime 0, OS byte 255): the same bytes give the same compressed bytes on every
/// platform with the same runtime. Used for the search index files (<c>*.jgz</c>, <c>*.bgz</c>) and the
/// precompressed <c>.gz</c> copies of large pages (<see cref="Site.Compression.Precompression"/>).
/// <para>
/// The compressor's output depends on how its input is cut into writes (zlib-ng), so the input always goes in in
/// pieces of <see cref="Piece"/> bytes, whether it is in memory or read from a file: a file gives the same copy both ways.
/// </para>
/// </summary>
public static class FixedGzip
{
    /// <summary>The size of the pieces the input is given to the compressor in (the last one may be shorter).</summary>
    public const int Piece = 1 << 20;

    public static byte[] Compress(ReadOnlySpan<byte> content, CompressionLevel level)
    {
        // Compressed into a rented buffer larger than deflate's worst case (deflateBound: the input, at most an eighth
        // more for zlib-ng's fastest level, whose literals take up to 9 bits, block headers, the gzip header and
        // trailer), then copied out at its exact size: no growing and copying.
        var rented = ArrayPool<byte>.Shared.Rent(content.Length + (content.Length >> 2) + 1024);
        try
        {
            using var output = new MemoryStream(rented, 0, rented.Length, writable: true, publiclyVisible: true);
            output.SetLength(0); // a stream over a given buffer starts as long as the buffer
            using (var gzip = new GZipStream(output, level, leaveOpen: true))
            {
                var at = 0;
                do
                {
                    gzip.Write(content.Slice(at, Math.Min(Piece, content.Length - at)));
                    at += Piece;
                }
                while (at < content.Length);
            }

            var bytes = output.ToArray();
            FixHeader(bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The gzip of what is left of <paramref name="input"/>, written into <paramref name="output"/> (seekable: the header
    /// is fixed afterwards), the same bytes as <see cref="Compress(ReadOnlySpan{byte}, CompressionLevel)"/> of it.
    /// </summary>
    public static void Compress(Stream input, Stream output, CompressionLevel level)
    {
        var start = output.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(Piece);
        try
        {
            using (var gzip = new GZipStream(output, level, leaveOpen: true))
            {
                var n = input.ReadAtLeast(buffer.AsSpan(0, Piece), Piece, throwOnEndOfStream: false);
                do
                {
                    gzip.Write(buffer, 0, n);
                }
                while ((n = input.ReadAtLeast(buffer.AsSpan(0, Piece), Piece, throwOnEndOfStream: false)) > 0);
            }

            FixHeaderAt(output, start);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The gzip of what <paramref name="write"/> writes into the stream it is given, into <paramref name="output"/>
    /// (seekable: the header is fixed afterwards), without the whole input or output in memory. The compressed bytes
    /// depend on how the writes are cut: the same writes give the same bytes.
    /// </summary>
    public static void Compress(Stream output, CompressionLevel level, Action<Stream> write)
    {
        var start = output.Position;
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            write(gzip);
        }

        FixHeaderAt(output, start);
    }

    /// <summary>Fixes the header of the gzip member written into <paramref name="output"/> from <paramref name="start"/> to its position.</summary>
    private static void FixHeaderAt(Stream output, long start)
    {
        Span<byte> header = stackalloc byte[10];
        var end = output.Position;
        if (end - start < header.Length)
        {
            return; // nothing written (empty input): as in memory
        }

        output.Position = start;
        output.ReadExactly(header);
        FixHeader(header);
        output.Position = start;
        output.Write(header);
        output.Position = end;
    }

    private static void FixHeader(Span<byte> bytes)
    {
        if (bytes.Length < 10)
        {
            return;
        }

        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0; // mtime
        bytes[9] = 255; // OS: unknown (zlib writes the build platform's code)
    }
}
