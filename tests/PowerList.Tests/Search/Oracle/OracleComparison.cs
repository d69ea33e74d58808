namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// One query run by both engines over one corpus: Lucene's ranking (<see cref="LuceneOracle.Search"/>), ours
/// (top 10), and the relevant entries (<see cref="LuceneOracle.Relevant"/>).
/// </summary>
public sealed record OracleComparison(
    string Line,
    IReadOnlyList<(string Code, float Score)> Lucene,
    IReadOnlyList<string> Ours,
    IReadOnlySet<string> Relevant)
{
    public const int TopK = 10;

    /// <summary>The entries tied for Lucene's best score (usually one); empty when Lucene finds nothing.</summary>
    public IReadOnlyList<string> LuceneFirst =>
        Lucene.Count == 0 ? [] : [.. Lucene.TakeWhile(h => h.Score == Lucene[0].Score).Select(h => h.Code)];

    /// <summary>Lucene finds something.</summary>
    public bool Checked => Lucene.Count > 0;

    /// <summary>Our top 10 holds Lucene's first result (or, when several tie for first, one of them).</summary>
    public bool FirstFound => LuceneFirst.Any(Ours.Contains);

    /// <summary>Whether recall is defined: some entry is relevant.</summary>
    public bool Judged => Relevant.Count > 0;

    public double OurRecall => OracleRecall.At(Ours, Relevant);

    public double LuceneRecall => OracleRecall.At(Lucene.Take(TopK).Select(h => h.Code), Relevant);

    public string Describe() =>
        $"{Line}: Lucene {Lucene.Count} hits, first [{string.Join(' ', LuceneFirst.Take(3))}]{(LuceneFirst.Count > 3 ? $" (+{LuceneFirst.Count - 3} tied)" : "")}; "
        + $"ours [{string.Join(' ', Ours.Take(5))}{(Ours.Count > 5 ? " …" : "")}]; relevant {Relevant.Count}; "
        + $"recall@10 ours {OurRecall:F2} Lucene {LuceneRecall:F2}";
}
