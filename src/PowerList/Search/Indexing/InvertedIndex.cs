namespace PowerList.Search.Indexing;

/// <summary>
/// Term → postings (doc id, stored impact: impact·2 + name flag), doc-id sorted; built by <see cref="IndexBuilder"/>
/// or patched by <see cref="IndexPatcher"/>. Terms are numbered in ordinal order. Compact: a term's postings are a
/// <see cref="PostingSegment"/>, its doc-id gaps as varints (as in the posting blobs) and its impacts as 16-bit
/// numbers in arrays shared by all the terms of a build (about 3.5 bytes a posting instead of a tuple in a list per
/// term); a patched index shares them with the index it came from.
/// </summary>
public sealed class InvertedIndex
{
    private readonly string[] _terms;
    private readonly PostingSegment[] _segments;

    /// <summary>An index of one build: term t's postings are <c>postingStart[t]..postingStart[t+1]</c> of the arrays (CSR).</summary>
    internal InvertedIndex(int documents, string[] terms, int[] postingStart, ushort[] impacts, long[] gapStart, byte[] gaps, long[] lengthSums)
        : this(documents, terms, Segments(postingStart, impacts, gapStart, gaps), lengthSums)
    {
    }

    internal InvertedIndex(int documents, string[] terms, PostingSegment[] segments, long[] lengthSums)
    {
        Documents = documents;
        _terms = terms;
        _segments = segments;
        LengthSums = lengthSums;
        PostingCount = segments.Sum(s => (long)s.Count);
        Postings = new PostingsView(this);
    }

    public int Documents { get; }

    /// <summary>Each field's length in tokens, summed over the documents (the statistics of <see cref="ImpactModel"/>).</summary>
    internal long[] LengthSums { get; }

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => _terms.Length;

    /// <summary>The terms, ordinal order; a term's id is its position.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Number of postings of every term together.</summary>
    public long PostingCount { get; }

    /// <summary>Term → postings, read-only view; decodes a term's list on each access (for tests and tools).</summary>
    public IReadOnlyDictionary<string, List<(int Doc, int Impact)>> Postings { get; }

    /// <summary>Number of postings (documents) of term <paramref name="term"/>.</summary>
    public int Count(int term) => _segments[term].Count;

    internal PostingSegment Segment(int term) => _segments[term];

    /// <summary>The id of <paramref name="term"/>, or −1.</summary>
    public int IdOf(string term)
    {
        var i = Array.BinarySearch(_terms, term, StringComparer.Ordinal);
        return i >= 0 ? i : -1;
    }

    /// <summary>The postings of term <paramref name="term"/>, decoded into a new list, doc-id sorted.</summary>
    public List<(int Doc, int Impact)> PostingList(int term) => PostingList(term, new List<(int Doc, int Impact)>(Count(term)));

    /// <summary>
    /// The postings of term <paramref name="term"/>, doc-id sorted, decoded into <paramref name="into"/> (cleared first)
    /// and returned: reusing one list for every term saves the allocation of every posting once more.
    /// </summary>
    public List<(int Doc, int Impact)> PostingList(int term, List<(int Doc, int Impact)> into)
    {
        into.Clear();
        var s = _segments[term];
        into.EnsureCapacity(s.Count);
        var position = s.GapStart;
        var doc = 0;
        for (var p = 0; p < s.Count; p++)
        {
            doc += (int)Varint.Read(s.Gaps, ref position);
            into.Add((doc, s.Impacts[s.ImpactStart + p]));
        }

        return into;
    }

    private static PostingSegment[] Segments(int[] postingStart, ushort[] impacts, long[] gapStart, byte[] gaps)
    {
        var segments = new PostingSegment[postingStart.Length - 1];
        for (var t = 0; t < segments.Length; t++)
        {
            segments[t] = new PostingSegment(impacts, postingStart[t], postingStart[t + 1] - postingStart[t], gaps, gapStart[t], gapStart[t + 1] - gapStart[t]);
        }

        return segments;
    }
}
