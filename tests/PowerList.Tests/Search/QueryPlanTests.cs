using PowerList.Search.Querying;

namespace PowerList.Tests.Search;

public class QueryPlanTests
{
    [Fact]
    public void A_long_word_uses_at_most_six_tokens_evenly_spread_with_the_first_and_the_last()
    {
        // 20 characters: 10 non-overlapping bigrams, of which positions 0, 1, 3, 5, 7, 9.
        var plan = QueryPlan.Parse("对产品或者其包装上的标识不符合规定的处罚", new Dictionary<string, IReadOnlyList<string>>());
        plan.Words.Single().Single().ShouldBe(["对产", "品或", "包装", "标识", "合规", "处罚"]);
        QueryPlan.Parse("食品经营许可", new Dictionary<string, IReadOnlyList<string>>()).Terms.ShouldBe(["食品", "经营", "许可"]);
    }

    [Fact]
    public void A_whole_long_name_asks_for_six_terms_only() // finding it first: RealListRankingTests
    {
        var name = "对交通运输建设工程领域从业单位人员违反工程质量和安全生产管理规定行为的行政处罚";
        var plan = QueryPlan.Parse(name, new Dictionary<string, IReadOnlyList<string>>());
        plan.Terms.Count.ShouldBe(QueryPlan.MaxTokens);
    }
}
