using PowerList.Building;

namespace PowerList.Tests.Building;

/// <summary>Key inputs are unambiguous, and long ones (hashed in blocks as they are written) keep telling changes apart.</summary>
public sealed class KeyWriterTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Any_change_of_a_long_input_changes_the_bytes_and_the_hash(int length)
    {
        var text = new string('权', length);
        var changed = text[..^1] + "责";

        Key(text).ToArray().ShouldNotBe(Key(changed).ToArray());
        Key(text).Hash().ShouldNotBe(Key(changed).Hash());
        Key(text).ToArray().ShouldBe(Key(text).ToArray());
        Key(text).Hash().ShouldBe(Key(text).Hash());
    }

    [Fact]
    public void Hashing_in_blocks_gives_the_hash_of_all_the_bytes()
    {
        var writer = new KeyWriter("k");
        for (var i = 0; i < 5000; i++)
        {
            writer.Add(i).Add("某段文字");
        }

        var oneBuffer = new List<byte>();
        void Text(string s)
        {
            oneBuffer.AddRange(BitConverter.GetBytes(s.Length));
            oneBuffer.AddRange(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan()).ToArray());
        }

        Text("k");
        for (var i = 0; i < 5000; i++)
        {
            oneBuffer.AddRange(BitConverter.GetBytes(i));
            Text("某段文字");
        }

        writer.Hash().ShouldBe(ContentKey.Hash(oneBuffer.ToArray()));
    }

    [Fact]
    public void Parts_are_told_apart_where_they_split()
    {
        new KeyWriter("k").Add("ab").Add("c").ToArray().ShouldNotBe(new KeyWriter("k").Add("a").Add("bc").ToArray());
        new KeyWriter("k").Add((string?)null).ToArray().ShouldNotBe(new KeyWriter("k").Add("").ToArray());
    }

    private static KeyWriter Key(string text) => new KeyWriter("long").Add(text).Add(1);
}
