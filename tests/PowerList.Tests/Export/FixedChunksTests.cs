using System.IO.Compression;
using PowerList.Export;

namespace PowerList.Tests.Export;

/// <summary>
/// The stream under an XLSX sheet's writer hands its fixed chunks to a deflater on another thread: the deflated bytes
/// are those of the same chunks deflated one after the other on the writer's thread, whatever sizes the writer writes
/// in; a failure of the stream below reaches the writer as itself.
/// </summary>
public sealed class FixedChunksTests
{
    private const int Chunk = 1 << 16;

    private static byte[] Text(int length)
    {
        var random = new Random(3);
        var words = new[] { "<x:c r=\"A1\" s=\"0\">", "行政许可", "第二十二条", "</x:c>", "实施依据\n", " " };
        var bytes = new List<byte>(length + 64);
        while (bytes.Count < length)
        {
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(words[random.Next(words.Length)]));
        }

        return [.. bytes.Take(length)];
    }

    private static byte[] Deflated(Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            write(deflate);
        }

        return output.ToArray();
    }

    [Fact]
    public void The_deflated_bytes_are_those_of_the_same_chunks_in_order()
    {
        var text = Text((Chunk * 37) + 1234);

        var expected = Deflated(d =>
        {
            for (var at = 0; at < text.Length; at += Chunk)
            {
                d.Write(text, at, Math.Min(Chunk, text.Length - at));
            }
        });
        var actual = Deflated(d =>
        {
            using var chunks = new FixedChunks(d);
            var random = new Random(5);
            for (var at = 0; at < text.Length;)
            {
                var n = Math.Min(random.Next(1, 3 * Chunk), text.Length - at);
                chunks.Write(text.AsSpan(at, n));
                at += n;
            }
        });

        actual.ShouldBe(expected);
        using var inflated = new MemoryStream();
        new DeflateStream(new MemoryStream(actual), CompressionMode.Decompress).CopyTo(inflated);
        inflated.ToArray().ShouldBe(text);
    }

    [Fact]
    public void A_failure_below_reaches_the_writer_as_itself()
    {
        var failure = new IOException("disk full");
        var below = new FailingStream(failAfter: 2, failure);
        var text = Text(Chunk * 20);

        var caught = Should.Throw<IOException>(() =>
        {
            using var chunks = new FixedChunks(below);
            chunks.Write(text);
        });

        caught.ShouldBeSameAs(failure);
        below.Written.ShouldBe(2 * Chunk);
    }

    private sealed class FailingStream(int failAfter, Exception failure) : MemoryStream
    {
        private int _writes;

        public long Written { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_writes++ == failAfter)
            {
                throw failure;
            }

            Written += count;
        }
    }
}
