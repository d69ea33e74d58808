using System.Text.RegularExpressions;
using PowerList.Search.Analysis;

namespace PowerList.Search.Querying;

/// <summary>
/// A parsed query: words (split at white space after folding); each word has alternatives, the word itself and its
/// synonym expansions, each a list of query tokens. A document matches when every word has an alternative whose
/// tokens all occur in it. <see cref="Code"/> is the query as an entry code, when it looks like one; when that code
/// exists, the engine finds that entry alone.
/// </summary>
public sealed partial record QueryPlan(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Words, IReadOnlyList<string> Terms, string? Code)
{
    public static QueryPlan Parse(string query, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
    {
        var words = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var terms = new List<string>();
        foreach (var word in Tokenizer.QueryWords(query))
        {
            var alternatives = new List<IReadOnlyList<string>> { Spread(Tokenizer.QueryTokens(word)) };
            if (synonyms.TryGetValue(word, out var expansions))
            {
                alternatives.AddRange(expansions.Select(e => Spread(Tokenizer.QueryTokens(e))).Where(t => t.Count > 0));
            }

            words.Add(alternatives);
            foreach (var token in alternatives.SelectMany(a => a))
            {
                if (!terms.Contains(token))
                {
                    terms.Add(token);
                }
            }
        }

        var folded = CharFolding.Fold(query).Trim().ToUpperInvariant();
        var code = folded.Contains('-') && CodePattern().IsMatch(folded) ? folded : null;
        return new QueryPlan(words, terms, code);
    }

    /// <summary>A word uses at most this many tokens (a whole entry name would otherwise fetch 20 or more).</summary>
    public const int MaxTokens = 6;

    /// <summary>At most <see cref="MaxTokens"/> of a word's tokens, evenly spread: positions i·(n−1)/(MaxTokens−1), so the first and the last.</summary>
    public static List<string> Spread(List<string> tokens) =>
        tokens.Count <= MaxTokens ? tokens : Enumerable.Range(0, MaxTokens).Select(i => tokens[i * (tokens.Count - 1) / (MaxTokens - 1)]).ToList();

    [GeneratedRegex("^[0-9A-Z](?:[0-9A-Z-]{0,62}[0-9A-Z])?$")]
    private static partial Regex CodePattern();
}
