using System.Globalization;
using Xunit.Abstractions;

namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// Lucene as an independent oracle for our search engine (docs/search.md, "Lucene as an oracle"): for every query of
/// the query files (<see cref="OracleQueries"/>) over the real lists and a generated corpus, our top 10 holds
/// Lucene's first result whenever Lucene finds one, and over each corpus our mean recall at 10
/// (<see cref="OracleRecall"/>: relevant = every Lucene bigram of each query word, or of a synonym expansion, in the
/// entry) is not below Lucene's. Legitimate differences are data: <c>oracle-exceptions.txt</c>, a reason per line
/// (<see cref="OracleExceptions"/>). Run with <c>dotnet test tests/PowerList.Tests --filter
/// "FullyQualifiedName~Oracle" --logger "console;verbosity=detailed"</c> to see the summary.
/// </summary>
public class LuceneOracleTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases =>
        from corpus in OracleCorpus.Names from line in OracleQueries.All select new object[] { corpus, line };

    public static IEnumerable<object[]> Corpora => OracleCorpus.Names.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_top_ten_holds_Lucenes_first_result(string corpus, string line)
    {
        var comparison = OracleCorpus.Get(corpus).Compare(line);
        output.WriteLine(comparison.Describe());
        var first = OracleExceptions.Reason(corpus, OracleExceptions.First, line);
        if (first is null)
        {
            (!comparison.Checked || comparison.FirstFound).ShouldBeTrue(
                $"Lucene's first result for '{line}' ({corpus}) is not in our top 10: {comparison.Describe()}");
        }
        else
        {
            (comparison.Checked && !comparison.FirstFound).ShouldBeTrue(
                $"'{line}' ({corpus}) is listed in oracle-exceptions.txt as 'first' ({first}), but our top 10 now holds Lucene's "
                + "first result (or Lucene finds nothing): remove the line");
        }

        var recall = OracleExceptions.Reason(corpus, OracleExceptions.Recall, line);
        if (recall is not null)
        {
            (comparison.Judged && comparison.OurRecall < comparison.LuceneRecall).ShouldBeTrue(
                $"'{line}' ({corpus}) is listed in oracle-exceptions.txt as 'recall' ({recall}), but our recall is no longer below "
                + $"Lucene's: remove the line. {comparison.Describe()}");
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Over_the_query_files_our_recall_is_not_below_Lucenes(string corpus)
    {
        var oracle = OracleCorpus.Get(corpus);
        var comparisons = OracleQueries.All.Select(oracle.Compare).ToList();
        var summary = OracleSummary.Of(corpus, oracle.Lucene.Documents, comparisons);
        output.WriteLine(summary.Text);
        foreach (var worse in comparisons.Where(c => c.Judged && c.OurRecall < c.LuceneRecall))
        {
            var listed = OracleExceptions.Reason(corpus, OracleExceptions.Recall, worse.Line) is null ? "" : " (listed)";
            output.WriteLine($"  recall below Lucene's{listed}: {worse.Describe()}");
        }

        summary.Judged.ShouldBeGreaterThan(comparisons.Count / 2, $"most queries should have relevant entries in {corpus}");
        summary.Checked.ShouldBeGreaterThan(comparisons.Count / 2, $"Lucene should find something for most queries in {corpus}");
        summary.FirstFound.ShouldBeGreaterThanOrEqualTo(summary.Checked - summary.FirstExceptions, summary.Text);
        summary.OurRecallKept.ShouldBeGreaterThanOrEqualTo(summary.LuceneRecallKept, summary.Text);
        summary.RecallExceptions.ShouldBeLessThanOrEqualTo(
            summary.Judged / 5, string.Create(CultureInfo.InvariantCulture, $"at most a fifth of the judged queries may be recall exceptions: {summary.Text}"));
    }
}
