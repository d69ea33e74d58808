namespace PowerList.Search.Indexing;

/// <summary>A term's counts over a range of documents (see <see cref="TermCounter"/>).</summary>
internal struct TermStat
{
    public int Df;
    public int First;
    public int Last;

    /// <summary>Bytes of the varint gaps between consecutive documents of the range (not the first one's).</summary>
    public int GapBytes;
}
