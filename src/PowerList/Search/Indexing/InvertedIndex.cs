namespace PowerList.Search.Indexing;

/// <summary>
/// Term → postings (doc id, stored impact: impact·2 + name flag), doc-id sorted; built by <see cref="IndexBuilder"/>.
/// Terms are numbered in ordinal order. Compact: the postings of all terms lie in two arrays indexed by term
/// (CSR): the doc-id gaps as varints (as in the posting blobs) and the impacts as 16-bit numbers, about 3.5 bytes a
/// posting instead of a tuple in a list per term.
/// </summary>
public sealed class InvertedIndex
{
    private readonly string[] _terms;
    private readonly int[] _postingStart;
    private readonly ushort[] _impacts;
    private readonly long[] _gapStart;
    private readonly byte[] _gaps;

    internal InvertedIndex(int documents, string[] terms, int[] postingStart, ushort[] impacts, long[] gapStart, byte[] gaps)
    {
        Documents = documents;
        _terms = terms;
        _postingStart = postingStart;
        _impacts = impacts;
        _gapStart = gapStart;
        _gaps = gaps;
        Postings = new PostingsView(this);
    }

    public int Documents { get; }

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => _terms.Length;

    /// <summary>The terms, ordinal order; a term's id is its position.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Number of postings of every term together.</summary>
    public long PostingCount => _impacts.LongLength;

    /// <summary>Term → postings, read-only view; decodes a term's list on each access (for tests and tools).</summary>
    public IReadOnlyDictionary<string, List<(int Doc, int Impact)>> Postings { get; }

    /// <summary>Number of postings (documents) of term <paramref name="term"/>.</summary>
    public int Count(int term) => _postingStart[term + 1] - _postingStart[term];

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
        var start = _postingStart[term];
        var end = _postingStart[term + 1];
        into.EnsureCapacity(end - start);
        var position = _gapStart[term];
        var doc = 0;
        for (var p = start; p < end; p++)
        {
            doc += (int)Varint.Read(_gaps, ref position);
            into.Add((doc, _impacts[p]));
        }

        return into;
    }
}
