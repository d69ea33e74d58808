namespace PowerList.Search.Indexing;

/// <summary>
/// The impact tiers of a common term (docs/search.md): its postings in descending order of their key — the impact, plus
/// the phrase boost (<see cref="IndexSettings.PhraseBoost"/>) for a posting in the name, the most a posting can add
/// to a score — cut into tiers of <see cref="IndexSettings.FirstTier"/>, then ×<see cref="IndexSettings.TierGrowth"/>
/// each, every tier extended to the end of a run of equal keys, each tier doc-id sorted. Since a tier always ends at
/// the end of a run of equal keys, it holds whole key values: the tier of a posting depends on its key alone, so the
/// tiers are found by counting keys and filled in one doc-ordered pass (no sort). Each tier carries the largest impact
/// and the largest impact in a name (0: none) of it and every later tier: the bounds of an impact not yet fetched, so
/// that a name posting left only low in the order no longer lets every unknown document hope for the phrase boost.
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
    /// The tiers of <paramref name="postings"/> (doc-id sorted), highest keys first, each with the largest impact and
    /// the largest name impact (0: none) of it and the tiers after it.
    /// </summary>
    public static List<(List<(int Doc, int Impact)> Postings, int Max, int NameMax)> Split(IReadOnlyList<(int Doc, int Impact)> postings, bool flat = false)
    {
        Func<int, int> key = flat ? FlatKey : Key;
        var counts = new int[flat ? (2 * IndexSettings.MaxImpact) + 2 : IndexSettings.MaxImpact + IndexSettings.PhraseBoost + 2];
        foreach (var (_, impact) in postings)
        {
            counts[key(impact)]++;
        }

        // Walk key values downwards; a tier closes at the end of the value that holds its size-th posting.
        var tierOf = new int[counts.Length];
        var tiers = new List<(List<(int Doc, int Impact)> Postings, int Max, int NameMax)>();
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
                tierEnd = Math.Min(postings.Count, taken + size);
                size *= IndexSettings.TierGrowth;
                tiers.Add(([], 0, 0));
            }

            tierOf[value] = tiers.Count - 1;
            taken += counts[value];
            tierEnd = Math.Max(tierEnd, taken);
        }

        // Each tier's list made at its final size: a common term's tiers are large (on the large object heap), and lists
        // grown by doubling would allocate about twice as much there, which brings serve's warm edits a full collection.
        var sizes = new int[tiers.Count];
        for (var value = 0; value < counts.Length; value++)
        {
            if (counts[value] > 0)
            {
                sizes[tierOf[value]] += counts[value];
            }
        }

        for (var t = 0; t < tiers.Count; t++)
        {
            tiers[t] = (new List<(int Doc, int Impact)>(sizes[t]), 0, 0);
        }

        var max = new int[tiers.Count];
        var nameMax = new int[tiers.Count];
        foreach (var posting in postings)
        {
            var t = tierOf[key(posting.Impact)];
            tiers[t].Postings.Add(posting);
            max[t] = Math.Max(max[t], posting.Impact >> 1);
            nameMax[t] = (posting.Impact & 1) != 0 ? Math.Max(nameMax[t], posting.Impact >> 1) : nameMax[t];
        }

        for (var t = tiers.Count - 2; t >= 0; t--)
        {
            max[t] = Math.Max(max[t], max[t + 1]);
            nameMax[t] = Math.Max(nameMax[t], nameMax[t + 1]);
        }

        return [.. tiers.Select((tier, t) => (tier.Postings, max[t], nameMax[t]))];
    }
}
