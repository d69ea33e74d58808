namespace PowerList.Tests.Search.Oracle;

/// <summary>The oracle itself, on the small search fixture: Lucene's analysis, matching, relevance judgement and recall.</summary>
public class LuceneOracleSelfTests
{
    private static readonly Lazy<LuceneOracle> Oracle = new(() => new LuceneOracle(SearchFixture.Lists));

    [Fact]
    public void Indexes_the_public_entries_only()
    {
        Oracle.Value.Documents.ShouldBe(SearchFixture.Lists.PublicEntries.Count);
        Oracle.Value.Search("涉密测试保密事项", null, null).ShouldBeEmpty();
    }

    [Fact]
    public void The_CJK_analyzer_makes_overlapping_bigrams_and_splits_codes()
    {
        Oracle.Value.Tokens("食品经营许可").ShouldBe(["食品", "品经", "经营", "营许", "许可"]);
        Oracle.Value.Tokens("650200-FGW-CF-0001").ShouldBe(["650200", "fgw", "cf", "0001"]);
        Oracle.Value.Tokens("单位、人员").ShouldBe(["单位", "人员"]);
    }

    [Fact]
    public void Every_word_must_match_and_the_name_ranks_first()
    {
        var hits = Oracle.Value.Search("道路运输 处罚", null, null);
        hits.Select(h => h.Code).ShouldBe(["650200-JTYSJ-CF-0001"]);
        Oracle.Value.Search("食品经营许可", null, null)[0].Code.ShouldBe("650200-SCJGJ-XK-0001");
        Oracle.Value.Search("许可", "jtysj", "xk").Select(h => h.Code).ShouldBe(["650200-JTYSJ-XK-0001"]);
    }

    [Fact]
    public void Relevance_counts_traditional_characters_and_synonym_expansions()
    {
        var synonyms = SearchFixture.Lists.Synonyms;
        Oracle.Value.Search("營業執照", null, null).ShouldBeEmpty();
        Oracle.Value.Relevant("營業執照", null, null, synonyms).ShouldBe(["650200-SCJGJ-XK-0002"]);
        Oracle.Value.Search("餐馆", null, null).ShouldBeEmpty();
        Oracle.Value.Relevant("餐馆", null, null, synonyms).ShouldContain("650200-SCJGJ-XK-0001");
        Oracle.Value.Relevant("餐馆", null, null, []).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("a b c", "a b", 1.0)]
    [InlineData("a x y", "a b", 0.5)]
    [InlineData("x y", "a b", 0.0)]
    [InlineData("a b c d e f g h i j", "a b c d e f g h i j k l", 1.0)]
    [InlineData("a b c d e x x x x x", "a b c d e f g h i j k l", 0.5)]
    public void Recall_at_ten_is_relevant_found_over_the_relevant_that_fit(string ranking, string relevant, double expected) =>
        OracleRecall.At(ranking.Split(' '), relevant.Split(' ').ToHashSet()).ShouldBe(expected, 1e-9);
}
