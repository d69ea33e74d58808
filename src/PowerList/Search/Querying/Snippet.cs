using PowerList.Search.Analysis;
using PowerList.Search.Indexing;

namespace PowerList.Search.Querying;

/// <summary>
/// The text shown under a result: a window of <see cref="IndexSettings.SnippetWindow"/> characters of the stored
/// snippet segment (子项, 依据, or the subject: <see cref="DocumentExtractor"/>) that holds the most query tokens, starting a
/// little before the first of them, with <see cref="Marks"/> (start, length) over the characters that belong to a query
/// token. search.js <c>snippetOf</c> does the same. Plain text: whoever shows it escapes it (the page builds
/// <c>&lt;mark&gt;</c> elements with <c>textContent</c>).
/// </summary>
public sealed record Snippet(string Field, string Text, IReadOnlyList<int[]> Marks)
{
    /// <summary>Characters shown before the first mark when the segment is cut.</summary>
    public const int Lead = 10;

    public static readonly Snippet Empty = new("", "", []);

    /// <summary>
    /// The snippet of a stored row value (segments <c>label：text</c>, one a line) for the query tokens
    /// <paramref name="tokens"/> (folded).
    /// </summary>
    public static Snippet Of(string stored, IReadOnlyList<string> tokens)
    {
        var best = -1;
        var bestCount = -1;
        bool[] bestMarks = [];
        var segments = stored.Split('\n');
        for (var s = 0; s < segments.Length; s++)
        {
            var text = Body(segments[s]);
            var marks = new bool[text.Length];
            var count = 0;
            var folded = CharFolding.Fold(text);
            foreach (var token in tokens.Where(t => t.Length > 0))
            {
                var at = folded.IndexOf(token, StringComparison.Ordinal);
                count += at >= 0 ? 1 : 0;
                while (at >= 0)
                {
                    Array.Fill(marks, true, at, token.Length);
                    at = folded.IndexOf(token, at + 1, StringComparison.Ordinal);
                }
            }

            if (count > bestCount)
            {
                (best, bestCount, bestMarks) = (s, count, marks);
            }
        }

        if (best < 0 || stored.Length == 0)
        {
            return Empty;
        }

        var whole = Body(segments[best]);
        var first = Array.IndexOf(bestMarks, true);
        var start = Math.Max(0, first - Lead);
        var end = Math.Min(whole.Length, start + IndexSettings.SnippetWindow);
        start = Math.Max(0, end - IndexSettings.SnippetWindow);
        var prefix = start > 0 ? "…" : "";
        var shown = prefix + whole[start..end] + (end < whole.Length ? "…" : "");
        var runs = new List<int[]>();
        for (var i = start; i < end; i++)
        {
            if (bestMarks[i] && (i == start || !bestMarks[i - 1]))
            {
                var j = i;
                while (j < end && bestMarks[j])
                {
                    j++;
                }

                runs.Add([i - start + prefix.Length, j - i]);
            }
        }

        return new Snippet(Label(segments[best]), shown, runs);
    }

    /// <summary>The distinct tokens of a plan's words (every alternative), the characters a page marks.</summary>
    public static List<string> Tokens(QueryPlan plan) => QueryPlan.TermsOf(plan.Words);

    private static string Label(string segment)
    {
        var colon = segment.IndexOf('：', StringComparison.Ordinal);
        return colon < 0 ? "" : segment[..colon];
    }

    private static string Body(string segment)
    {
        var colon = segment.IndexOf('：', StringComparison.Ordinal);
        return colon < 0 ? segment : segment[(colon + 1)..];
    }
}
