using System.Text;
using PowerList.Search.Analysis;

namespace PowerList.Search.Querying;

/// <summary>
/// Splits a query into words (search.js <c>segment</c> does the same): the folded query is split at white space, and
/// each run of CJK characters is cut at the words of a lexicon, longest first from the left: the synonym terms (kept
/// as words of their own, so that a synonym applies inside a longer word: 饭店太吵 → 饭店 | 太吵) and the stop words
/// (dropped: 谁管, 怎么办, 投诉 …). What lies between is kept as one word, as typed. A word of one CJK character
/// left between two cuts is dropped when the query has other words (了 in 太吵了).
/// </summary>
public static class QuerySegmenter
{
    /// <summary>A query uses at most this many words (so that a score fits below <see cref="Ranker.CoverageUnit"/>).</summary>
    public const int MaxWords = 32;

    public sealed record Word(string Text, bool Synonym);

    public static List<Word> Segment(string query, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms, IReadOnlySet<string> stopWords)
    {
        var longest = synonyms.Keys.Concat(stopWords).Select(k => k.Length).DefaultIfEmpty(0).Max();
        var words = new List<Word>();
        var pending = new StringBuilder();
        foreach (var part in CharFolding.Fold(query).Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (run, cjk) in Tokenizer.Runs(part))
            {
                if (pending.Length > 0)
                {
                    pending.Append(' ');
                }

                if (!cjk)
                {
                    pending.Append(run);
                    continue;
                }

                var i = 0;
                while (i < run.Length)
                {
                    var length = Match(run, i, longest, synonyms, stopWords);
                    if (length == 0)
                    {
                        pending.Append(run[i++]);
                        continue;
                    }

                    Flush(pending, words);
                    var text = run.Substring(i, length);
                    if (!stopWords.Contains(text))
                    {
                        Add(words, new Word(text, true));
                    }

                    i += length;
                }
            }

            Flush(pending, words);
        }

        if (words.Count > 1)
        {
            words.RemoveAll(w => !w.Synonym && w.Text.Length == 1 && CharFolding.IsCjk(w.Text[0]));
        }

        return words.Count > MaxWords ? words.GetRange(0, MaxWords) : words;
    }

    /// <summary>The length of the longest lexicon word at <paramref name="i"/> of <paramref name="run"/>, or 0.</summary>
    private static int Match(string run, int i, int longest, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms, IReadOnlySet<string> stopWords)
    {
        for (var length = Math.Min(longest, run.Length - i); length > 0; length--)
        {
            var candidate = run.Substring(i, length);
            if (stopWords.Contains(candidate) || synonyms.ContainsKey(candidate))
            {
                return length;
            }
        }

        return 0;
    }

    private static void Flush(StringBuilder pending, List<Word> words)
    {
        var text = pending.ToString().Trim();
        pending.Clear();
        if (Tokenizer.QueryTokens(text).Count > 0)
        {
            Add(words, new Word(text, false));
        }
    }

    private static void Add(List<Word> words, Word word)
    {
        if (!words.Contains(word))
        {
            words.Add(word);
        }
    }
}
