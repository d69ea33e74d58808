using System.Text;
using PowerList.Export;
using PowerList.Output;

namespace PowerList.Tests.Export;

/// <summary>
/// <see cref="ChunkedBuffer"/> gives back exactly the bytes written, and its script-safe copy equals
/// <see cref="ScriptSafeJson.Escape"/> of them, also when <c>&lt;</c> or U+2028/U+2029 (three bytes) fall on or across
/// the 1 MB boundary between two chunks.
/// </summary>
public sealed class ChunkedBufferTests
{
    private const int Chunk = 1 << 20;

    public static TheoryData<int> Offsets => new() { -3, -2, -1, 0, 1 };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Script_safe_copy_equals_escaping_the_whole_file(int offset)
    {
        var bytes = Build(Chunk + offset);
        foreach (var pieces in new[] { 1, 7, 4096, 300_000 })
        {
            var buffer = new ChunkedBuffer();
            for (var at = 0; at < bytes.Length; at += pieces)
            {
                buffer.Write(bytes.AsSpan(at, Math.Min(pieces, bytes.Length - at)));
            }

            buffer.Length.ShouldBe(bytes.Length);
            Difference(buffer.ToScriptSafeArray(), ScriptSafeJson.Escape(bytes)).ShouldBe(-1, $"first differing byte, written {pieces} bytes at a time");
        }
    }

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

    [Fact]
    public void Nothing_to_escape_gives_the_same_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"名称\": \"行政处罚 ∑ €\"}\n", 90_000)));
        var buffer = new ChunkedBuffer();
        buffer.Write(bytes);
        Difference(buffer.ToScriptSafeArray(), bytes).ShouldBe(-1, "first differing byte");
    }

    /// <summary>Where two arrays first differ (the shorter one's length when one is a prefix of the other), or -1.</summary>
    private static long Difference(byte[] actual, byte[] expected)
    {
        var common = actual.AsSpan().CommonPrefixLength(expected);
        return common == actual.Length && common == expected.Length ? -1 : common;
    }

    /// <summary>JSON-like text of 2.5 MB with a separator U+2028 starting at <paramref name="at"/> and U+2029, &lt; and other E2 sequences around it.</summary>
    private static byte[] Build(int at)
    {
        var head = Encoding.UTF8.GetBytes(new string('a', at));
        var tail = Encoding.UTF8.GetBytes("\u2028x<y\u2029z\u2026<" + string.Concat(Enumerable.Repeat("段落\u2028<p>\u2030", 100_000)) + "\u2029");
        return [.. head, .. tail];
    }
}
