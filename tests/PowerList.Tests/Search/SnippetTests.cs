using System.Text;
using PowerList.Search.Querying;

namespace PowerList.Tests.Search;

/// <summary>
/// <see cref="Snippet.Of"/> over the cases of <c>snippet-cases.txt</c>: the segment holding the most query tokens, a
/// window around the first of them, and the marks (shown in brackets). search.js <c>snippetOf</c> is held to the same
/// output by the browser parity test.
/// </summary>
public class SnippetTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Rows("snippet-cases.txt", 4);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snippet_is_the_window_of_the_best_segment_with_marks(string stored, string tokens, string field, string expected)
    {
        var snippet = Snippet.Of(stored.Replace("\\n", "\n", StringComparison.Ordinal), tokens.Split(' '));
        snippet.Field.ShouldBe(field);
        Bracketed(snippet).ShouldBe(expected);
    }

    [Fact]
    public void An_empty_source_gives_no_snippet() => Snippet.Of("", ["食品"]).ShouldBe(Snippet.Empty);

    private static string Bracketed(Snippet snippet)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var mark in snippet.Marks)
        {
            text.Append(snippet.Text[at..mark[0]]).Append('[').Append(snippet.Text.AsSpan(mark[0], mark[1])).Append(']');
            at = mark[0] + mark[1];
        }

        return text.Append(snippet.Text[at..]).ToString();
    }
}
