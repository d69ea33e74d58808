namespace PowerList.Search.Indexing;

/// <summary>
/// The index terms of one document with their count in each field, and each field's length: what
/// <see cref="DocumentScorer"/> counts, by term text instead of term id, for <see cref="IndexPatcher"/>.
/// </summary>
internal sealed class DocumentTerms
{
    private readonly int _fieldCount;

    private DocumentTerms(int fieldCount)
    {
        _fieldCount = fieldCount;
        Lengths = new int[fieldCount];
    }

    /// <summary>Term → its count in each field.</summary>
    public Dictionary<string, int[]> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Each field's length in tokens.</summary>
    public int[] Lengths { get; }

    /// <summary>Whether <paramref name="other"/> has the same lengths and the same counts of the same terms.</summary>
    public bool SameAs(DocumentTerms other) =>
        Lengths.AsSpan().SequenceEqual(other.Lengths)
        && Counts.Count == other.Counts.Count
        && Counts.All(p => other.Counts.TryGetValue(p.Key, out var c) && c.AsSpan().SequenceEqual(p.Value));

    public static DocumentTerms Of(SearchDocument doc)
    {
        var result = new DocumentTerms(IndexSettings.Weights.Count);
        var sink = new Sink(result);
        for (var f = 0; f < result._fieldCount; f++)
        {
            result._field = f;
            result.Lengths[f] = doc.Fields is EntryFields entry ? entry.Scan(f, ref sink) : TokenScanner.Scan(doc.Fields[f], ref sink);
        }

        return result;
    }

    private int _field;

    private void Add(string term)
    {
        if (!Counts.TryGetValue(term, out var counts))
        {
            counts = new int[_fieldCount];
            Counts.Add(term, counts);
        }

        counts[_field]++;
    }

    private readonly struct Sink(DocumentTerms terms) : ITokenSink
    {
        public void Short(uint key) => terms.Add(TokenScanner.KeyText(key));

        public void Long(ReadOnlySpan<char> token) => terms.Add(new string(token));
    }
}
