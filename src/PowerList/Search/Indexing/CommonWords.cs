using System.Collections.Frozen;
using PowerList.Search.Analysis;

namespace PowerList.Search.Indexing;

/// <summary>
/// The documents holding every pair of a common word (<see cref="QueryTables.CommonWords"/>: 特种设备, 作业人员 …), stored
/// with the word's first pair when all its pairs are common terms (membership bitmaps): a query word equal to it fetches
/// that one set instead of each pair's bitmap (docs/search.md "Common words"). The set is the intersection of the
/// pairs' memberships, so matching is the same either way. Each is one blob: a bitmap when it holds more than the
/// common threshold of documents, else a posting list of its documents (impact 0). Keyed by the word's other tokens,
/// joined by a space, in the first token's dictionary entry (<c>"w"</c>).
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenDictionary<string, (string Key, string[] Tokens)[]>> ByFirst = new(() =>
        QueryTables.CommonWords
            .Select(w => Tokenizer.QueryTokens(w))
            .Where(t => t.Count >= 2)
            .GroupBy(t => t[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(t => (string.Join(' ', t.Skip(1)), t.ToArray())).DistinctBy(w => w.Item1, StringComparer.Ordinal).OrderBy(w => w.Item1, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal));

    /// <summary>The stored words of <paramref name="term"/> (its first token), each with its blob; empty when none.</summary>
    public static (string Key, byte[] Blob, bool Bitmap)[] Of(InvertedIndex index, int term, int common)
    {
        if (!ByFirst.Value.TryGetValue(index.Terms[term], out var words) || index.Count(term) <= common)
        {
            return [];
        }

        var result = new List<(string Key, byte[] Blob, bool Bitmap)>();
        foreach (var (key, tokens) in words)
        {
            var ids = tokens.Select(index.IdOf).ToArray();
            if (ids.Any(id => id < 0 || index.Count(id) <= common))
            {
                continue;
            }

            var docs = Intersection(index, ids);
            if (docs.Count == 0)
            {
                continue;
            }

            var bitmap = docs.Count > common;
            result.Add((key, bitmap ? PostingCodec.EncodeBitmap(docs, index.Documents) : PostingCodec.Encode(docs.Select(d => (d, 0)).ToList()), bitmap));
        }

        return [.. result];
    }

    /// <summary>The terms whose stored words may change when <paramref name="changed"/> terms' postings change: those and the first tokens of the words holding one.</summary>
    public static HashSet<string> Touched(IReadOnlySet<string> changed)
    {
        var touched = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var (first, words) in ByFirst.Value)
        {
            if (words.Any(w => w.Tokens.Any(changed.Contains)))
            {
                touched.Add(first);
            }
        }

        return touched;
    }

    // Per thread, reused from word to word (the terms are encoded in parallel): no list or array per word.
    [ThreadStatic]
    private static List<(int Doc, int Impact)>? postings;

    [ThreadStatic]
    private static byte[]? marks;

    private static List<int> Intersection(InvertedIndex index, int[] ids)
    {
        var list = postings ??= [];
        var counts = marks is { } m && m.Length == index.Documents ? m : marks = new byte[index.Documents];
        Array.Clear(counts);
        foreach (var id in ids)
        {
            foreach (var (doc, _) in index.PostingList(id, list))
            {
                counts[doc]++;
            }
        }

        list.Clear();
        var docs = new List<int>();
        for (var d = 0; d < counts.Length; d++)
        {
            if (counts[d] == ids.Length)
            {
                docs.Add(d);
            }
        }

        return docs;
    }
}
