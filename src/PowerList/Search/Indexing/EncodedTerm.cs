namespace PowerList.Search.Indexing;

/// <summary>A term's blobs, before they are placed in packs: inline (base64), one blob, or a common term's bitmap and tiers (then its stored common words, <see cref="CommonWords"/>).</summary>
/// <param name="OtherMax">A common term's largest impact outside a name (0: none): the bound of an unknown impact in a document whose row says the term is not in its name.</param>
/// <param name="Count">A common term's number of documents (its <c>"c"</c>: known without its bitmap).</param>
/// <param name="Words">A common term's stored common words starting with it (<see cref="CommonWords.Of"/>).</param>
internal sealed record EncodedTerm(
    string? Inline, byte[]? Single, byte[]? Bitmap, (byte[] Blob, int Max, int NameMax)[]? Tiers, int Min, int OtherMax = 0, int Count = 0,
    (string Key, byte[] Blob, bool Bitmap)[]? Words = null)
{
    public static EncodedTerm Encode(List<(int Doc, int Impact)> postings, int n, int common, (string Key, byte[] Blob, bool Bitmap)[]? words = null)
    {
        if (postings.Count <= IndexSettings.InlinePostings)
        {
            return new EncodedTerm(Convert.ToBase64String(PostingCodec.Encode(postings)), null, null, null, 0);
        }

        if (postings.Count <= common)
        {
            return new EncodedTerm(null, PostingCodec.Encode(postings), null, null, 0);
        }

        var tiers = ImpactTiers.Encode(postings, IndexSettings.Flat(postings.Count, n));
        var bitmap = new byte[(n + 7) / 8];
        foreach (var (doc, _) in postings)
        {
            bitmap[doc >> 3] |= (byte)(1 << (doc & 7));
        }

        var min = postings.Min(p => p.Impact >> 1);
        var otherMax = 0;
        foreach (var (_, impact) in postings)
        {
            otherMax = (impact & 1) == 0 ? Math.Max(otherMax, impact >> 1) : otherMax;
        }

        return new EncodedTerm(null, null, bitmap, tiers, min, otherMax, postings.Count, words ?? []);
    }

    /// <summary>Blob number <paramref name="b"/>: the only blob, or (common term) the bitmap, the tiers, then the stored words.</summary>
    public byte[] Blob(int b) => Single ?? (b == 0 ? Bitmap! : b <= Tiers!.Length ? Tiers[b - 1].Blob : Words![b - 1 - Tiers.Length].Blob);

    public TermShape Shape() => Inline is not null
        ? new TermShape(Inline, [], [], [], 0)
        : Single is not null
            ? new TermShape(null, [Single.Length], [], [], 0)
            : new TermShape(null, [Bitmap!.Length, .. Tiers!.Select(t => t.Blob.Length), .. Words!.Select(w => w.Blob.Length)], [.. Tiers!.Select(t => t.Max)], [.. Tiers!.Select(t => t.NameMax)], Min, OtherMax)
            {
                Count = Count,
                WordKeys = [.. Words!.Select(w => w.Key)],
                WordBitmaps = [.. Words!.Select(w => w.Bitmap)],
            };
}
