namespace PowerList.Search.Indexing;

/// <summary>New <see cref="PostingSegment"/>s for <see cref="IndexPatcher"/>: a term's postings encoded, or its impacts changed in place of a copy.</summary>
internal static class PostingSegments
{
    /// <summary>
    /// A term in the same documents as before: its doc-id gaps shared with <paramref name="old"/>, its impacts copied
    /// with the changed documents' new ones (<paramref name="changed"/>, doc-ordered); <paramref name="unchanged"/>
    /// when those are the old ones (rounding often gives the same impact): then the old segment itself.
    /// </summary>
    public static PostingSegment WithImpacts(PostingSegment old, List<(int Doc, int Impact)> changed, out bool unchanged)
    {
        // Where the changed documents are, and whether any of their impacts moved: most often none did.
        var places = new int[changed.Count];
        var position = old.GapStart;
        var doc = 0;
        var next = 0;
        unchanged = true;
        for (var p = 0; p < old.Count && next < changed.Count; p++)
        {
            doc += (int)Varint.Read(old.Gaps, ref position);
            if (doc == changed[next].Doc)
            {
                unchanged &= old.Impacts[old.ImpactStart + p] == changed[next].Impact;
                places[next++] = p;
            }
        }

        if (next != changed.Count)
        {
            throw new InvalidOperationException("index patch: a changed document is missing from a term it had");
        }

        if (unchanged)
        {
            return old;
        }

        var impacts = new ushort[old.Count];
        Array.Copy(old.Impacts, old.ImpactStart, impacts, 0, old.Count);
        for (var i = 0; i < places.Length; i++)
        {
            impacts[places[i]] = (ushort)changed[i].Impact;
        }

        return old with { Impacts = impacts, ImpactStart = 0 };
    }

    public static PostingSegment Encode(List<(int Doc, int Impact)> postings)
    {
        var impacts = new ushort[postings.Count];
        long size = 0;
        var last = 0;
        foreach (var (doc, _) in postings)
        {
            size += Varint.Length((uint)(doc - last));
            last = doc;
        }

        var gaps = new byte[size];
        long position = 0;
        last = 0;
        for (var p = 0; p < postings.Count; p++)
        {
            impacts[p] = (ushort)postings[p].Impact;
            position += Varint.Write(gaps, position, (uint)(postings[p].Doc - last));
            last = postings[p].Doc;
        }

        return new PostingSegment(impacts, 0, impacts.Length, gaps, 0, gaps.LongLength);
    }
}
