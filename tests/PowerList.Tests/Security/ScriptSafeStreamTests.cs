using System.Text;
using PowerList.Output;

namespace PowerList.Tests.Security;

/// <summary>
/// <see cref="ScriptSafeStream"/> gives the bytes of <see cref="ScriptSafeJson.Escape"/> of the whole file, however the
/// writes are cut: also when <c>&lt;</c> or U+2028/U+2029 (three bytes) fall on or across the end of a write, when a
/// write ends in E2 that starts no separator, and when the file ends in the first bytes of one.
/// </summary>
public sealed class ScriptSafeStreamTests
{
    public static TheoryData<int> Offsets => new() { -3, -2, -1, 0, 1 };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Escaped_on_the_way_as_the_whole_file_at_once(int offset)
    {
        var bytes = Build(4096 + offset);
        foreach (var pieces in new[] { 1, 2, 3, 7, 4096, 300_000 })
        {
            Difference(Through(bytes, pieces), ScriptSafeJson.Escape(bytes)).ShouldBe(-1, $"first differing byte, written {pieces} bytes at a time");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xE2 })]
    [InlineData(new byte[] { 0xE2, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0xE2, 0x80, 0xA8, 0xE2 })]
    [InlineData(new byte[] { (byte)'<', 0xE2, 0x80, 0xA9, (byte)'<', 0xE2, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x80, (byte)'<', 0xE2, 0x80, 0x41 })]
    public void Short_files_and_separators_cut_short(byte[] bytes)
    {
        var expected = ScriptSafeJson.Escape(bytes);
        for (var pieces = 1; pieces <= bytes.Length; pieces++)
        {
            Difference(Through(bytes, pieces), expected).ShouldBe(-1, $"written {pieces} bytes at a time");
        }
    }

    [Fact]
    public void Nothing_to_escape_gives_the_same_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"名称\": \"行政处罚 ∑ €\"}\n", 9_000)));
        Difference(Through(bytes, 1000), bytes).ShouldBe(-1, "first differing byte");
    }

    private static byte[] Through(byte[] bytes, int pieces)
    {
        var output = new MemoryStream();
        using (var safe = new ScriptSafeStream(output, leaveOpen: true))
        {
            for (var at = 0; at < bytes.Length; at += pieces)
            {
                safe.Write(bytes.AsSpan(at, Math.Min(pieces, bytes.Length - at)));
            }
        }

        return output.ToArray();
    }

    /// <summary>Where two arrays first differ (the shorter one's length when one is a prefix of the other), or -1.</summary>
    private static long Difference(byte[] actual, byte[] expected)
    {
        var common = actual.AsSpan().CommonPrefixLength(expected);
        return common == actual.Length && common == expected.Length ? -1 : common;
    }

    /// <summary>JSON-like text with a separator U+2028 starting at <paramref name="at"/> and U+2029, &lt; and other E2 sequences around it.</summary>
    private static byte[] Build(int at)
    {
        var head = Encoding.UTF8.GetBytes(new string('a', at));
        var tail = Encoding.UTF8.GetBytes("\u2028x<y\u2029z\u2026<" + string.Concat(Enumerable.Repeat("段落\u2028<p>\u2030", 2_000)) + "\u2029");
        return [.. head, .. tail];
    }
}
