namespace PowerList.Tests.Search;

/// <summary>
/// Punctuation is not searchable (docs/search.md, Analysis): the index skips it, so a query word's punctuation at its
/// edges is dropped and inside it is skipped, and 、处罚、 finds exactly what 处罚 finds, in the same order.
/// </summary>
public class EdgePunctuationTests
{
    [Theory]
    [InlineData("、处罚、", "处罚")]
    [InlineData("《食品经营许可", "食品经营许可")]
    [InlineData("食品，经营", "食品经营")]
    public void A_query_with_punctuation_finds_what_the_query_without_it_finds(string query, string plain)
    {
        var withPunctuation = BuiltIndex.Fixture.Search(query);
        var without = BuiltIndex.Fixture.Search(plain);
        withPunctuation.Total.ShouldBeGreaterThan(0);
        withPunctuation.Total.ShouldBe(without.Total);
        withPunctuation.Hits.Select(h => h.Code + " " + h.Score).ShouldBe(without.Hits.Select(h => h.Code + " " + h.Score));
    }
}
