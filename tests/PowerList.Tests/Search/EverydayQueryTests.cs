using PowerList.Tests.Site;
using Xunit.Abstractions;

namespace PowerList.Tests.Search;

/// <summary>
/// The everyday query set against the C# engine over the real default list: top-1 and nDCG@10 at least <see cref="EverydaySet.Top1Floor"/> and <see cref="EverydaySet.NdcgFloor"/> over the
/// set, and nothing found for each question the lists cannot answer. search.js is held to the same figures by the
/// browser test <c>EverydaySearchBrowserTests</c>.
/// </summary>
public class EverydayQueryTests(ITestOutputHelper output)
{
    private static readonly Lazy<BuiltIndex> Real = new(() => new BuiltIndex(SiteTestSupport.Load(SiteTestSupport.DefaultLists)));

    public static IEnumerable<object[]> Sets => [["everyday-queries.tsv"]];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Everyday_queries_find_the_right_entries(string set)
    {
        set.ShouldBe("everyday-queries.tsv");
        var queries = EverydaySet.Load();
        queries.Count.ShouldBeGreaterThanOrEqualTo(60);
        var report = EverydaySet.Evaluate(queries, q => Real.Value.Search(q).Hits.Select(h => h.Code).ToList());
        output.WriteLine($"{report.Count} queries: top-1 {report.Top1:P1}, nDCG@10 {report.Ndcg:0.000}");
        foreach (var kind in report.Kinds)
        {
            output.WriteLine(kind);
        }

        foreach (var failure in report.Failures)
        {
            output.WriteLine(failure);
        }

        foreach (var q in queries.Where(q => q.Unanswerable))
        {
            Real.Value.Search(q.Text).Total.ShouldBe(0, $"{q.Text} is not in the lists");
        }

        report.Top1.ShouldBeGreaterThanOrEqualTo(EverydaySet.Top1Floor, string.Join('\n', report.Failures));
        report.Ndcg.ShouldBeGreaterThanOrEqualTo(EverydaySet.NdcgFloor, string.Join('\n', report.Failures));
    }
}
