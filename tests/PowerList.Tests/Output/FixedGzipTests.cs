using System.IO.Compression;
using PowerList.Output;

namespace PowerList.Tests.Output;

/// <summary>
/// gzip into a buffer sized beforehand: data that does not compress (random bytes, which deflate's fastest level can
/// make an eighth longer) fits at every level and size, and every result unpacks to its input with the fixed header.
/// </summary>
public sealed class FixedGzipTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_096)]
    [InlineData(70_000)]
    [InlineData(FixedGzip.Piece + 1)]
    public void Incompressible_input_of_any_size_is_compressed_at_every_level(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        foreach (var level in new[] { CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize, CompressionLevel.NoCompression })
        {
            var gz = FixedGzip.Compress(bytes, level);

            Gunzip(gz).ShouldBe(bytes, $"level {level}");
            if (length == 0)
            {
                gz.ShouldBeEmpty("the compressor writes nothing for nothing");
            }
            else
            {
                gz[4..8].ShouldBe(new byte[4], "no time stamp");
                gz[9].ShouldBe((byte)255, "no operating system");
            }

            using var streamed = new MemoryStream();
            FixedGzip.Compress(new MemoryStream(bytes), streamed, level);
            streamed.ToArray().ShouldBe(gz, $"the same bytes read from a stream, level {level}");
        }
    }

    private static byte[] Gunzip(byte[] gz)
    {
        using var input = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
