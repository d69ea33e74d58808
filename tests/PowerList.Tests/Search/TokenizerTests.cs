using PowerList.Search.Analysis;

namespace PowerList.Tests.Search;

public class TokenizerTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Rows("tokenizer-cases.txt", 3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokens_are_as_expected(string input, string mode, string expected)
    {
        var tokens = mode == "index" ? Tokenizer.IndexTokens(input) : Tokenizer.QueryTokens(input);
        string.Join(' ', tokens).ShouldBe(expected);
    }

    [Theory]
    [InlineData("一段简单", "段简")]
    [InlineData("招标文件行为", "标文件行")]
    [InlineData("对不执行政府指导价的处罚", "政府指导价")]
    [InlineData("營業執照核發", "营业执照")]
    public void Every_query_token_of_a_substring_is_an_index_token(string text, string substring)
    {
        var index = Tokenizer.IndexTokens(text).ToHashSet();
        Tokenizer.QueryTokens(substring).ShouldAllBe(t => index.Contains(t));
    }

    [Fact]
    public void Folding_maps_width_case_and_traditional_characters()
    {
        CharFolding.Fold("ＡＢＣ１２３　營業執照").ShouldBe("abc123 营业执照");
        CharFolding.TraditionalToSimplified.Count.ShouldBeGreaterThan(2500);
    }

    [Fact]
    public void Query_words_split_at_white_space_including_the_ideographic_space()
    {
        Tokenizer.QueryWords("食品　处罚  食品 ，").ShouldBe(["食品", "处罚"]);
    }
}
