using PowerList.Search.Analysis;

namespace PowerList.Search.Querying;

/// <summary>
/// Turns a parsed plan into the one matched, using what the index holds (search.js <c>resolve</c> does the same, step
/// by step, so that both fetch the same files): an alternative whose tokens do not all occur together in some document
/// is dropped. A plain word left without one is, in this order:
/// <list type="number">
/// <item>corrected: one character next to a missing pair replaced by a character that sounds or looks alike
/// (<see cref="QueryTables.Confusables"/>; 营叶执照 → 营业执照), the first candidate found in some document;</item>
/// <item>cut at its missing pairs into pieces of two or more characters that are found, if they hold more than half of
/// its characters (特种设被 → 特种设; one extra, missing or wrong character; not 天气预报 → 预报);</item>
/// <item>a long word (<see cref="Tokenizer.LongRun"/> or more characters, whose pairs are not all fetched): kept as a
/// partial word, matched by half of its tokens that occur.</item>
/// </list>
/// A word found nowhere is dropped; a query of dropped words finds nothing.
/// </summary>
/// <param name="confusables">The confusable characters (<c>confusables.jgz</c>), read only when a word has a missing pair.</param>
/// <param name="stored">Whether tokens are a common word stored whole with its documents (found without the tokens' bitmaps).</param>
internal sealed class QueryResolver(Func<IReadOnlyDictionary<string, string>> confusables, int documents, Func<string, TermState> term, Func<IReadOnlyList<string>, bool>? stored = null)
{
    /// <summary>At most this many corrected candidates are tried for a word.</summary>
    public const int MaxCandidates = 12;

    public QueryPlan Resolve(QueryPlan parsed)
    {
        var words = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var texts = new List<QuerySegmenter.Word>();
        var partial = new List<int>();
        var literal = new List<bool>();
        var suggested = false;
        void Add(QuerySegmenter.Word word, IReadOnlyList<IReadOnlyList<string>> alternatives, int min, bool own = true)
        {
            words.Add(alternatives);
            texts.Add(word);
            partial.Add(min);
            literal.Add(own);
        }

        for (var w = 0; w < parsed.Words.Count; w++)
        {
            var word = parsed.Texts[w];
            var found = parsed.Words[w].Where(Found).ToList();
            if (found.Count > 0)
            {
                Add(word, found, 0, ReferenceEquals(found[0], parsed.Words[w][0]));
                continue;
            }

            if (word.Synonym)
            {
                continue;
            }

            var own = parsed.Words[w][0];
            var cjk = word.Text.All(CharFolding.IsCjk);
            if (cjk && word.Text.Length >= 2 && word.Text.Length < Tokenizer.LongRun)
            {
                if (Correct(word.Text) is { } corrected)
                {
                    Add(new QuerySegmenter.Word(corrected, false), [Tokenizer.QueryTokens(corrected)], 0);
                    suggested = true;
                    continue;
                }

                var pieces = Pieces(word.Text).Where(p => Found(Tokenizer.QueryTokens(p))).ToList();
                if (2 * pieces.Sum(p => p.Length) > word.Text.Length)
                {
                    foreach (var piece in pieces)
                    {
                        Add(new QuerySegmenter.Word(piece, false), [Tokenizer.QueryTokens(piece)], 0);
                    }
                }

                continue;
            }

            var present = own.Where(t => term(t).Count > 0).ToList();
            var min = (own.Count + 1) / 2;
            if (cjk && own.Count >= 2 && present.Count >= min)
            {
                Add(word, [present], min);
            }
        }

        var suggestion = suggested ? string.Join(' ', texts.Select(t => t.Text)) : null;
        return parsed with { Words = words, Terms = QueryPlan.TermsOf(words), Texts = texts, PartialMin = partial, Literal = literal, Suggestion = suggestion };
    }

    /// <summary>All tokens occur, together, in some document.</summary>
    private bool Found(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var states = tokens.Select(term).ToList();
        if (states.Any(s => s.Count == 0))
        {
            return false;
        }

        if (stored?.Invoke(tokens) == true)
        {
            return true;
        }

        foreach (var state in states)
        {
            _ = state.Members; // fetched in token order, as search.js does
        }

        for (var d = 0; d < documents; d++)
        {
            if (states.All(s => s.Members[d]))
            {
                return true;
            }
        }

        return false;
    }

    private bool Missing(string text, int i) => i >= 0 && i + 1 < text.Length && term(text.Substring(i, 2)).Count == 0;

    /// <summary>The first candidate with one character next to a missing pair replaced by a confusable one that is found.</summary>
    private string? Correct(string text)
    {
        var tried = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(Missing(text, i - 1) || Missing(text, i)) || !confusables().TryGetValue(text[i].ToString(), out var alike))
            {
                continue;
            }

            foreach (var c in alike)
            {
                if (++tried > MaxCandidates)
                {
                    return null;
                }

                var candidate = string.Concat(text.AsSpan(0, i), c.ToString(), text.AsSpan(i + 1));
                if (Found(Tokenizer.QueryTokens(candidate)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The word cut at its missing pairs: pieces of two or more characters.</summary>
    private IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (Missing(text, i))
            {
                if (i + 1 - start >= 2)
                {
                    yield return text[start..(i + 1)];
                }

                start = i + 1;
            }
        }

        if (text.Length - start >= 2)
        {
            yield return text[start..];
        }
    }
}
