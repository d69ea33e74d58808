using System.Text;
using PowerList.Export;

namespace PowerList.Tests.Export;

/// <summary><see cref="ChunkedBuffer"/> gives back exactly the bytes written, across the 1 MB boundary between two chunks.</summary>
public sealed class ChunkedBufferTests
{
    private const int Chunk = 1 << 20;

    [Fact]
    public void Plain_copy_is_the_bytes_written_through_spans_and_as_a_stream()
    {
        var bytes = Build(Chunk - 2);
        var buffer = new ChunkedBuffer();
        var span = ((System.Buffers.IBufferWriter<byte>)buffer).GetSpan(10);
        bytes.AsSpan(0, 10).CopyTo(span);
        buffer.Advance(10);
        buffer.Write(bytes, 10, bytes.Length - 10);
        Difference(buffer.ToArray(), bytes).ShouldBe(-1, "first differing byte");
        buffer.ToArray().ShouldBeEmpty("drained");
    }

    /// <summary>Where two arrays first differ (the shorter one's length when one is a prefix of the other), or -1.</summary>
    private static long Difference(byte[] actual, byte[] expected)
    {
        var common = actual.AsSpan().CommonPrefixLength(expected);
        return common == actual.Length && common == expected.Length ? -1 : common;
    }

    /// <summary>Text of about 2.5 MB crossing the 1 MB boundary between chunks.</summary>
    private static byte[] Build(int at) =>
        [.. Encoding.UTF8.GetBytes(new string('a', at)), .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("段落\u2028<p>\u2030", 100_000)))];
}
