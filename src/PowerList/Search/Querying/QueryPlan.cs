using System.Text.RegularExpressions;
using PowerList.Search.Analysis;

namespace PowerList.Search.Querying;

/// <summary>
/// A query as the engine matches it: words (<see cref="QuerySegmenter"/>); each word has alternatives, the word itself
/// and its synonym expansions, each a list of query tokens. A word matches a document when one alternative's tokens
/// all occur in it; a word with <see cref="PartialMin"/> n &gt; 0 (a long word whose character pairs are not all in
/// the index) matches, partly, a document holding n of its tokens. <see cref="Code"/> is the query as an entry code,
/// when it looks like one; when that code exists, the engine finds that entry alone. <see cref="QueryResolver"/> turns
/// the parsed plan into the one matched, with what the index holds.
/// </summary>
public sealed partial record QueryPlan(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Words, IReadOnlyList<string> Terms, string? Code)
{
    /// <summary>The words as typed (folded), one per <see cref="Words"/>.</summary>
    public IReadOnlyList<QuerySegmenter.Word> Texts { get; init; } = [];

    /// <summary>Per word: 0, or the number of its first alternative's tokens that make a partial match.</summary>
    public IReadOnlyList<int> PartialMin { get; init; } = [];

    /// <summary>
    /// Per word: whether its first alternative is the word as typed (else every alternative is a synonym expansion,
    /// the word itself being found nowhere). Expansions score less than the word itself (<see cref="Ranker"/>).
    /// </summary>
    public IReadOnlyList<bool> Literal { get; init; } = [];

    /// <summary>The query with its mistyped words corrected from the index's own vocabulary, when one was.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The query has no word to look for (empty, or only stop words): with a filter, every entry is a result.</summary>
    public bool Browse { get; init; }

    public static QueryPlan Parse(string query, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms) =>
        Parse(query, synonyms, new HashSet<string>());

    public static QueryPlan Parse(string query, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms, IReadOnlySet<string> stopWords)
    {
        var texts = QuerySegmenter.Segment(query, synonyms, stopWords);
        var words = texts.Select(w => Alternatives(w, synonyms)).ToList();
        var folded = CharFolding.Fold(query).Trim().ToUpperInvariant();
        var code = folded.Contains('-') && CodePattern().IsMatch(folded) ? folded : null;
        return new QueryPlan(words, TermsOf(words), code) { Texts = texts, PartialMin = texts.Select(_ => 0).ToList(), Literal = texts.Select(_ => true).ToList(), Browse = texts.Count == 0 };
    }

    /// <summary>A word's own tokens, then its synonym expansions' (when it is a synonym term).</summary>
    public static List<IReadOnlyList<string>> Alternatives(QuerySegmenter.Word word, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
    {
        var alternatives = new List<IReadOnlyList<string>> { Spread(Tokenizer.QueryTokens(word.Text)) };
        if (synonyms.TryGetValue(word.Text, out var expansions))
        {
            alternatives.AddRange(expansions.Select(e => Spread(Tokenizer.QueryTokens(e))).Where(t => t.Count > 0));
        }

        return alternatives;
    }

    /// <summary>The distinct tokens of <paramref name="words"/>, in order of appearance.</summary>
    public static List<string> TermsOf(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> words)
    {
        var terms = new List<string>();
        foreach (var token in words.SelectMany(w => w).SelectMany(a => a))
        {
            if (!terms.Contains(token))
            {
                terms.Add(token);
            }
        }

        return terms;
    }

    /// <summary>A word uses at most this many tokens (a whole entry name would otherwise fetch 20 or more).</summary>
    public const int MaxTokens = 6;

    /// <summary>At most <see cref="MaxTokens"/> of a word's tokens, evenly spread: positions i·(n−1)/(MaxTokens−1), so the first and the last.</summary>
    public static List<string> Spread(List<string> tokens) =>
        tokens.Count <= MaxTokens ? tokens : Enumerable.Range(0, MaxTokens).Select(i => tokens[i * (tokens.Count - 1) / (MaxTokens - 1)]).ToList();

    [GeneratedRegex("^[0-9A-Z](?:[0-9A-Z-]{0,62}[0-9A-Z])?$")]
    private static partial Regex CodePattern();
}
