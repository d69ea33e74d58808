using System.Globalization;

namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// The figures of one corpus over the query files: Lucene's first result in our top 10, and mean recall at 10 of
/// both engines, over the judged queries (some entry relevant) and over those not listed as recall exceptions.
/// </summary>
public sealed record OracleSummary(
    string Corpus,
    int Documents,
    int Queries,
    int Checked,
    int FirstFound,
    int FirstExceptions,
    int Judged,
    double OurRecall,
    double LuceneRecall,
    int RecallExceptions,
    double OurRecallKept,
    double LuceneRecallKept)
{
    public static OracleSummary Of(string corpus, int documents, IReadOnlyList<OracleComparison> comparisons)
    {
        var judged = comparisons.Where(c => c.Judged).ToList();
        var kept = judged.Where(c => OracleExceptions.Reason(corpus, OracleExceptions.Recall, c.Line) is null).ToList();
        return new OracleSummary(
            corpus,
            documents,
            comparisons.Count,
            comparisons.Count(c => c.Checked),
            comparisons.Count(c => c.Checked && c.FirstFound),
            OracleExceptions.Count(corpus, OracleExceptions.First),
            judged.Count,
            Mean(judged, c => c.OurRecall),
            Mean(judged, c => c.LuceneRecall),
            judged.Count - kept.Count,
            Mean(kept, c => c.OurRecall),
            Mean(kept, c => c.LuceneRecall));
    }

    public string Text => string.Create(
        CultureInfo.InvariantCulture,
        $"Lucene oracle, {Corpus} ({Documents} entries): {Queries} queries; Lucene's first result in our top 10: {FirstFound}/{Checked} "
        + $"(queries where Lucene finds something; {FirstExceptions} listed exceptions); mean recall@10 over {Judged} queries with relevant "
        + $"entries: ours {OurRecall:F3}, Lucene {LuceneRecall:F3}; without the {RecallExceptions} listed recall exceptions: ours "
        + $"{OurRecallKept:F3}, Lucene {LuceneRecallKept:F3}");

    private static double Mean(List<OracleComparison> comparisons, Func<OracleComparison, double> value) =>
        comparisons.Count == 0 ? 0 : comparisons.Average(value);
}
