namespace PowerList.Search.Indexing;

/// <summary>
/// The impact tiers of a common term (docs/search.md): its postings in descending impact order cut into tiers of
/// <see cref="IndexSettings.FirstTier"/>, then ×<see cref="IndexSettings.TierGrowth"/> each, every tier extended to the
/// end of a run of equal impacts, each tier doc-id sorted. Since a tier always ends at the end of a run of equal
/// impacts, it holds whole impact values: the tier of a posting depends on its impact alone, so the tiers are found
/// by counting impacts and filled in one doc-ordered pass (no sort).
/// </summary>
internal static class ImpactTiers
{
    /// <summary>The tiers of <paramref name="postings"/> (doc-id sorted), highest impacts first, each with its highest impact.</summary>
    public static List<(List<(int Doc, int Impact)> Postings, int Max)> Split(IReadOnlyList<(int Doc, int Impact)> postings)
    {
        var counts = new int[IndexSettings.MaxImpact + 2];
        foreach (var (_, impact) in postings)
        {
            counts[impact >> 1]++;
        }

        // Walk impact values downwards; a tier closes at the end of the value that holds its size-th posting.
        var tierOf = new int[counts.Length];
        var tiers = new List<(List<(int Doc, int Impact)> Postings, int Max)>();
        var size = IndexSettings.FirstTier;
        var taken = 0;
        var tierEnd = 0;
        for (var value = counts.Length - 1; value >= 0; value--)
        {
            if (counts[value] == 0)
            {
                continue;
            }

            if (taken == tierEnd)
            {
                // A new tier starts with this value.
                tierEnd = Math.Min(postings.Count, taken + size);
                size *= IndexSettings.TierGrowth;
                tiers.Add(([], value));
            }

            tierOf[value] = tiers.Count - 1;
            taken += counts[value];
            tierEnd = Math.Max(tierEnd, taken);
        }

        foreach (var posting in postings)
        {
            tiers[tierOf[posting.Impact >> 1]].Postings.Add(posting);
        }

        return tiers;
    }
}
