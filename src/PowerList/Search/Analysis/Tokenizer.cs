namespace PowerList.Search.Analysis;

/// <summary>
/// The one analysis shared by index and query (search.js implements the same rules). Text is folded
/// (<see cref="CharFolding"/>), then split into runs: a run of CJK characters yields every single character and
/// every overlapping bigram at index time, and its bigrams (or the character, for a run of one) at query time,
/// so that any substring of an indexed text is found; a run of ASCII letters and digits is one token;
/// everything else (punctuation, spaces, other scripts) separates runs.
/// </summary>
public static class Tokenizer
{
    /// <summary>A query run of this many CJK characters or more is covered by non-overlapping bigrams.</summary>
    public const int LongRun = 6;

    /// <summary>Index tokens of a text, in order, with repeats (term frequency counts them).</summary>
    public static List<string> IndexTokens(string text)
    {
        var tokens = new List<string>();
        foreach (var (run, cjk) in Runs(CharFolding.Fold(text)))
        {
            if (!cjk)
            {
                tokens.Add(run);
                continue;
            }

            for (var i = 0; i < run.Length; i++)
            {
                tokens.Add(run.Substring(i, 1));
                if (i + 1 < run.Length)
                {
                    tokens.Add(run.Substring(i, 2));
                }
            }
        }

        return tokens;
    }

    /// <summary>Query tokens of one query word (no spaces): bigrams of CJK runs, single characters, ASCII runs; distinct, in order.</summary>
    public static List<string> QueryTokens(string word)
    {
        var tokens = new List<string>();
        foreach (var (run, cjk) in Runs(CharFolding.Fold(word)))
        {
            if (!cjk || run.Length == 1)
            {
                Add(tokens, run);
                continue;
            }

            // Every overlapping bigram; a long run (LongRun characters or more) only the bigrams that cover it
            // without overlap (positions 0, 2, 4, … and the last), which halves what a long query fetches.
            var step = run.Length >= LongRun ? 2 : 1;
            for (var i = 0; i + 1 < run.Length; i += step)
            {
                Add(tokens, run.Substring(i, 2));
            }

            if (step == 2 && run.Length % 2 == 1)
            {
                Add(tokens, run.Substring(run.Length - 2, 2));
            }
        }

        return tokens;
    }

    /// <summary>Query words: the folded query split at white space.</summary>
    public static List<string> QueryWords(string query)
    {
        var words = new List<string>();
        foreach (var part in CharFolding.Fold(query).Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (QueryTokens(part).Count > 0 && !words.Contains(part))
            {
                words.Add(part);
            }
        }

        return words;
    }

    /// <summary>
    /// Maximal runs of CJK characters or of ASCII letters and digits in folded text. Punctuation between two CJK
    /// characters (、，《》…, anything but white space, letters and digits) is skipped, not a break: 单位、人 is the run 单位人.
    /// </summary>
    public static IEnumerable<(string Run, bool Cjk)> Runs(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var cjk = CharFolding.IsCjk(c);
            if (!cjk && !CharFolding.IsAlnum(c))
            {
                i++;
                continue;
            }

            if (!cjk)
            {
                var start = i;
                while (i < folded.Length && CharFolding.IsAlnum(folded[i]))
                {
                    i++;
                }

                yield return (folded[start..i], false);
                continue;
            }

            var run = new System.Text.StringBuilder();
            while (i < folded.Length)
            {
                if (CharFolding.IsCjk(folded[i]))
                {
                    run.Append(folded[i++]);
                    continue;
                }

                var j = i;
                while (j < folded.Length && IsPunctuation(folded[j]))
                {
                    j++;
                }

                if (j == i || j == folded.Length || !CharFolding.IsCjk(folded[j]))
                {
                    break;
                }

                i = j;
            }

            yield return (run.ToString(), true);
        }
    }

    private static bool IsPunctuation(char c) => c > ' ' && !CharFolding.IsCjk(c) && !CharFolding.IsAlnum(c);

    private static void Add(List<string> tokens, string token)
    {
        if (!tokens.Contains(token))
        {
            tokens.Add(token);
        }
    }
}
