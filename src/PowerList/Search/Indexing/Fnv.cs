using System.Numerics;

namespace PowerList.Search.Indexing;

/// <summary>
/// The shard of a term or code (search.js <c>shardOf</c> computes the same): FNV-1a over UTF-16 code units, mixed
/// (MurmurHash3's finaliser, so that the low bits depend on every bit), then placed by <b>linear hashing</b>: with
/// 2^L ≤ count &lt; 2^(L+1), shard = h mod 2^(L+1), or h mod 2^L when that is count or more. Shard s (s &lt; 2^L)
/// holds the hashes whose low L bits are s, or, once split, whose low L+1 bits are s; growing the count by one splits
/// shard count − 2^L into it and shard count, and moves no other term (shrinking undoes it). Format 9
/// (docs/architecture.md, "The dictionary's shard function").
/// </summary>
public static class Fnv
{
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return hash;
    }

    /// <summary>The hash the shards are taken from: <see cref="Hash"/> with MurmurHash3's 32-bit finaliser.</summary>
    public static uint Mixed(string text)
    {
        var h = Hash(text);
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }

    public static int Shard(string text, int shards) => ShardOf(Mixed(text), shards);

    /// <summary>The shard of mixed hash <paramref name="hash"/> among <paramref name="shards"/> (linear hashing).</summary>
    public static int ShardOf(uint hash, int shards)
    {
        var bits = Bits(0, shards);
        var shard = hash & ((1u << bits) - 1);
        return shard < (uint)shards ? (int)shard : (int)(hash & ((1u << (bits - 1)) - 1));
    }

    /// <summary>
    /// How many low bits of the hash shard <paramref name="shard"/> of <paramref name="shards"/> is made of: L + 1 for
    /// a split shard and the shards split off, L for the others (0 for a single shard).
    /// </summary>
    public static int Bits(int shard, int shards)
    {
        if (shards <= 1)
        {
            return 0;
        }

        var level = BitOperations.Log2((uint)shards);
        return shard < shards - (1 << level) || shard >= 1 << level ? level + 1 : level;
    }

    /// <summary>
    /// The order the index lays its terms out in (posting packs, and terms within a dictionary shard): by the mixed
    /// hash's bits read from the lowest up (<see cref="SplitKey(uint)"/>), then ordinal. Every shard, for any count, is
    /// one run of that order, and the order does not depend on the count: a split divides a run in two in place.
    /// </summary>
    public static uint SplitKey(string text) => SplitKey(Mixed(text));

    /// <summary>The bits of <paramref name="value"/> reversed: the order of split shards (a shard's numbers and its hashes alike).</summary>
    public static uint SplitKey(uint value)
    {
        value = ((value >> 1) & 0x55555555u) | ((value & 0x55555555u) << 1);
        value = ((value >> 2) & 0x33333333u) | ((value & 0x33333333u) << 2);
        value = ((value >> 4) & 0x0F0F0F0Fu) | ((value & 0x0F0F0F0Fu) << 4);
        return System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);
    }

    /// <summary>
    /// Where shard <paramref name="shard"/> of <paramref name="shards"/> ends in the split order (its hashes' keys are
    /// the run [SplitKey(shard), this)): two counts' shards that end at the same place end after the same terms.
    /// </summary>
    public static ulong SplitEnd(int shard, int shards) => SplitKey((uint)shard) + (1ul << (32 - Bits(shard, shards)));

    /// <summary>Whether shard <paramref name="shard"/> holds the same hashes among <paramref name="before"/> shards as among <paramref name="now"/>.</summary>
    public static bool SameShard(int shard, int before, int now) =>
        shard < before && shard < now && Bits(shard, before) == Bits(shard, now);
}
