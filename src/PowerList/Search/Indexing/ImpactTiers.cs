using System.Runtime.InteropServices;

namespace PowerList.Search.Indexing;

/// <summary>
/// The impact tiers of a common term (docs/search.md): its postings in descending order of their key — the impact, plus
/// the phrase boost (<see cref="IndexSettings.PhraseBoost"/>) for a posting in the name, the most a posting can add
/// to a score — cut into tiers of <see cref="IndexSettings.FirstTier"/>, then ×<see cref="IndexSettings.TierGrowth"/>
/// each, every tier extended to the end of a run of equal keys, each tier doc-id sorted. Since a tier always ends at
/// the end of a run of equal keys, it holds whole key values: the tier of a posting depends on its key alone, so the
/// tiers are found by counting keys and their blobs written in one doc-ordered pass (no sort, no list per tier). Each
/// tier carries the largest impact and the largest impact in a name (0: none) of it and every later tier: the bounds
/// of an impact not yet fetched, so that a name posting left only low in the order no longer lets every unknown
/// document hope for the phrase boost.
/// A flat term (<see cref="IndexSettings.Flat"/>) puts every name posting before every other posting, and no tier
/// holds both: a query of two or more words needs only its name postings, so it reads the name tiers and no other.
/// </summary>
internal static class ImpactTiers
{
    /// <summary>A posting's place in the order: its impact, plus the phrase boost when in the name.</summary>
    public static int Key(int stored) => (stored >> 1) + (stored & 1) * IndexSettings.PhraseBoost;

    /// <summary>A flat term's order: every name posting (by impact) above every other posting (by impact).</summary>
    public static int FlatKey(int stored) => (stored >> 1) + (stored & 1) * (IndexSettings.MaxImpact + 1);

    /// <summary>
    /// The tiers of <paramref name="postings"/> (doc-id sorted), highest keys first, each as its posting blob
    /// (<see cref="PostingCodec"/>) with the largest impact and the largest name impact (0: none) of it and the tiers
    /// after it. Each blob is allocated once at its exact size: a common term's postings are many, and lists or buffers
    /// per tier would be large objects (each one counts against the large object heap's budget, which starts full
    /// collections under <c>ConserveMemory</c>).
    /// </summary>
    public static (byte[] Blob, int Max, int NameMax)[] Encode(List<(int Doc, int Impact)> postings, bool flat = false)
    {
        var all = CollectionsMarshal.AsSpan(postings);
        var (tierOf, count) = Tiers(all, flat);
        Func<int, int> key = flat ? FlatKey : Key;

        // Pass 1: each tier's blob length and bounds; pass 2: the blobs.
        var lengths = new int[count];
        var last = new int[count];
        var max = new int[count];
        var nameMax = new int[count];
        foreach (var (doc, impact) in all)
        {
            var t = tierOf[key(impact)];
            lengths[t] += Varint.Length((uint)(doc - last[t])) + Varint.Length((uint)impact);
            last[t] = doc;
            max[t] = Math.Max(max[t], impact >> 1);
            nameMax[t] = (impact & 1) != 0 ? Math.Max(nameMax[t], impact >> 1) : nameMax[t];
        }

        var blobs = new byte[count][];
        var at = new long[count];
        for (var t = 0; t < count; t++)
        {
            blobs[t] = new byte[lengths[t]];
            last[t] = 0;
        }

        foreach (var (doc, impact) in all)
        {
            var t = tierOf[key(impact)];
            at[t] += Varint.Write(blobs[t], at[t], (uint)(doc - last[t]));
            at[t] += Varint.Write(blobs[t], at[t], (uint)impact);
            last[t] = doc;
        }

        var tiers = new (byte[] Blob, int Max, int NameMax)[count];
        for (var t = count - 1; t >= 0; t--)
        {
            var later = t + 1 < count ? tiers[t + 1] : (null!, 0, 0);
            tiers[t] = (blobs[t], Math.Max(max[t], later.Max), Math.Max(nameMax[t], later.NameMax));
        }

        return tiers;
    }

    /// <summary>The tier of each key value (walking key values downwards, a tier closes at the end of the value that holds its size-th posting) and the number of tiers.</summary>
    private static (int[] TierOf, int Count) Tiers(ReadOnlySpan<(int Doc, int Impact)> postings, bool flat)
    {
        Func<int, int> key = flat ? FlatKey : Key;
        var counts = new int[flat ? (2 * IndexSettings.MaxImpact) + 2 : IndexSettings.MaxImpact + IndexSettings.PhraseBoost + 2];
        foreach (var (_, impact) in postings)
        {
            counts[key(impact)]++;
        }

        var tierOf = new int[counts.Length];
        var tiers = 0;
        var size = IndexSettings.FirstTier;
        var taken = 0;
        var tierEnd = 0;
        var inName = false;
        for (var value = counts.Length - 1; value >= 0; value--)
        {
            if (counts[value] == 0)
            {
                continue;
            }

            // A flat term's first posting outside the name starts a tier of its own.
            var crossed = flat && inName && value <= IndexSettings.MaxImpact;
            inName = flat && value > IndexSettings.MaxImpact;
            if (taken == tierEnd || crossed)
            {
                // A new tier starts with this value.
                tierEnd = Math.Min(postings.Length, taken + size);
                size *= IndexSettings.TierGrowth;
                tiers++;
            }

            tierOf[value] = tiers - 1;
            taken += counts[value];
            tierEnd = Math.Max(tierEnd, taken);
        }

        return (tierOf, tiers);
    }
}
