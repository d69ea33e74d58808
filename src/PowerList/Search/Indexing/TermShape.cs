namespace PowerList.Search.Indexing;

/// <summary>
/// What the dictionary and the pack layout need of one term's encoded postings, without the blobs: the inline
/// postings (base64) of a rare term, or the length of each blob (one blob; or a common term's bitmap then its impact
/// tiers, with the highest impact and the highest name impact of each tier and the tiers after it, and the lowest impact;
/// then its stored common words).
/// </summary>
/// <param name="OtherMax">A common term's largest impact outside a name (<see cref="EncodedTerm.OtherMax"/>).</param>
internal sealed record TermShape(string? Inline, int[] Lengths, int[] TierMax, int[] TierNameMax, int Min, int OtherMax = 0)
{
    public bool IsCommon => TierMax.Length > 0;

    /// <summary>A common term's number of documents.</summary>
    public int Count { get; init; }

    /// <summary>A common term's stored common words (<see cref="CommonWords"/>), keyed by their other tokens: their blobs are the last <see cref="WordKeys"/>.Length of <see cref="Lengths"/>.</summary>
    public string[] WordKeys { get; init; } = [];

    /// <summary>Per stored word: its blob is a bitmap (else a posting list of its documents).</summary>
    public bool[] WordBitmaps { get; init; } = [];
}
