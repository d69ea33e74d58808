using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace PowerList.Versions.Diffing;

/// <summary>
/// Cuts text into the words a reader sees, for the redline: Chinese by Lucene.Net.Analysis.SmartCn's HMM segmenter
/// (its dictionaries are embedded in the assembly, so the packed tool needs no files beside it), everything else as
/// the segmenter's letter and digit runs and single marks. A cut never falls inside a text element (a CJK extension
/// character or a letter with its combining mark stays whole), and a word longer than <see cref="LongRun"/> text
/// elements (an unknown run the dictionary could not split) falls back to single text elements. The pieces
/// concatenate to the input; the same text always gives the same pieces.
/// </summary>
public static class WordSegmenter
{
    /// <summary>Words longer than this (in text elements) are compared character by character.</summary>
    public const int LongRun = 8;

    /// <summary>Sentences are segmented in slices of at most this many chars, cut after punctuation when possible (keeps the HMM graph small).</summary>
    private const int Slice = 200;

    /// <summary>Texts segmented before, in this process: the same field texts meet again in every comparison that
    /// spans them and, in <c>serve</c>, in every rebuild. Emptied when it holds <see cref="MemoLimit"/> texts.</summary>
    private static readonly ConcurrentDictionary<string, string[]> Memo = new(StringComparer.Ordinal);

    private const int MemoLimit = 100_000;

    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (Memo.TryGetValue(text, out var known))
        {
            return known;
        }

        if (Memo.Count >= MemoLimit)
        {
            Memo.Clear();
        }

        return Memo[text] = Segment(text);
    }

    private static string[] Segment(string text)
    {
        var elementStarts = StringInfo.ParseCombiningCharacters(text);
        var isElementStart = new bool[text.Length + 1];
        foreach (var s in elementStarts)
        {
            isElementStart[s] = true;
        }

        isElementStart[text.Length] = true;

        var cuts = new SortedSet<int> { 0, text.Length };
        var start = 0;
        while (start < text.Length)
        {
            var end = SliceEnd(text, start);
            foreach (var cut in Cuts(text.Substring(start, end - start)))
            {
                cuts.Add(start + cut);
            }

            cuts.Add(end);
            start = end;
        }

        var words = new List<string>();
        var previous = 0;
        foreach (var cut in cuts)
        {
            if (cut == 0 || !isElementStart[cut])
            {
                continue;
            }

            var word = text.Substring(previous, cut - previous);
            var elements = new StringInfo(word).LengthInTextElements;
            if (elements > LongRun)
            {
                var e = StringInfo.GetTextElementEnumerator(word);
                while (e.MoveNext())
                {
                    words.Add(e.GetTextElement());
                }
            }
            else
            {
                words.Add(word);
            }

            previous = cut;
        }

        return [.. words];
    }

    private static int SliceEnd(string text, int start)
    {
        var limit = Math.Min(text.Length, start + Slice);
        if (limit == text.Length)
        {
            return limit;
        }

        for (var i = limit; i > start + (Slice / 2); i--)
        {
            if (char.IsPunctuation(text[i - 1]) || char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>Word ends within one slice, from the segmenter's token offsets (sentence begin and end markers skipped).</summary>
    private static IEnumerable<int> Cuts(string slice)
    {
        var tokens = new HHMMSegmenter().Process(slice);
        foreach (var token in tokens)
        {
            if (token.StartOffset >= 0 && token.EndOffset <= slice.Length && token.EndOffset > token.StartOffset)
            {
                yield return token.StartOffset;
                yield return token.EndOffset;
            }
        }
    }
}
