using System.Runtime.CompilerServices;

namespace PowerList.Search.Indexing;

/// <summary>
/// Pass 2 of <see cref="IndexBuilder"/> for one thread: the term frequencies of a document per field, then each
/// term's quantized BM25F impact (<see cref="ImpactModel.Impact"/>). Reused from document to document.
/// </summary>
internal sealed class DocumentScorer
{
    private readonly TermTable _table;
    private readonly int _fieldCount;
    private readonly ImpactModel _model;
    private readonly double[] _idf;
    private readonly int[] _slot;
    private readonly int[] _lengths;
    private readonly double[] _norms;
    private int[] _terms = new int[256];
    private int[] _counts;
    private int _distinct;
    private int _field;

    public DocumentScorer(TermTable table, ImpactModel model, double[] idf)
    {
        _table = table;
        _fieldCount = model.Averages.Length;
        _model = model;
        _idf = idf;
        _slot = new int[idf.Length];
        Array.Fill(_slot, -1);
        _lengths = new int[_fieldCount];
        _norms = new double[_fieldCount];
        _counts = new int[256 * _fieldCount];
    }

    /// <summary>The postings of one document: term ids and stored impacts (impact·2 + name flag), in no particular order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Posting[] Score(SearchDocument doc)
    {
        var sink = new Sink(this);
        var fields = doc.Fields;
        for (var f = 0; f < _fieldCount; f++)
        {
            _field = f;
            _lengths[f] = fields is EntryFields entry ? entry.Scan(f, ref sink) : TokenScanner.Scan(fields[f], ref sink);
        }

        _model.Norms(_lengths, _norms);
        var result = new Posting[_distinct];
        for (var s = 0; s < _distinct; s++)
        {
            var term = _terms[s];
            result[s] = new Posting(term, _model.Impact(_idf[term], _counts.AsSpan(s * _fieldCount, _fieldCount), _norms));
            _slot[term] = -1;
        }

        _distinct = 0;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int term)
    {
        var s = _slot[term];
        if (s < 0)
        {
            s = _distinct++;
            if (s == _terms.Length)
            {
                Array.Resize(ref _terms, s * 2);
                Array.Resize(ref _counts, s * 2 * _fieldCount);
            }

            _slot[term] = s;
            _terms[s] = term;
            _counts.AsSpan(s * _fieldCount, _fieldCount).Clear();
        }

        _counts[(s * _fieldCount) + _field]++;
    }

    /// <summary>One posting of a document: term id and stored impact.</summary>
    public readonly record struct Posting(int Term, ushort Impact);

    private readonly struct Sink(DocumentScorer scorer) : ITokenSink
    {
        public void Short(uint key) => scorer.Add(scorer._table.Id(key));

        public void Long(ReadOnlySpan<char> token) => scorer.Add(scorer._table.Id(token));
    }
}
