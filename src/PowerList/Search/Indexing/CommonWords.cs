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

            var counts = Intersection(index, ids);
            var found = 0;
            foreach (var c in counts)
            {
                found += c == ids.Length ? 1 : 0;
            }

            if (found == 0)
            {
                continue;
            }

            var bitmap = found > common;
            result.Add((key, bitmap ? Bitmap(counts, ids.Length) : Postings(counts, ids.Length), bitmap));
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

    /// <summary>Per document, how many of <paramref name="ids"/> hold it (the thread's array, valid until its next call).</summary>
    private static byte[] Intersection(InvertedIndex index, int[] ids)
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
        return counts;
    }

    /// <summary>The membership bitmap of the documents with <paramref name="all"/> counted (<see cref="PostingCodec.EncodeBitmap"/>).</summary>
    private static byte[] Bitmap(byte[] counts, int all)
    {
        var bytes = new byte[(counts.Length + 7) / 8];
        for (var d = 0; d < counts.Length; d++)
        {
            if (counts[d] == all)
            {
                bytes[d >> 3] |= (byte)(1 << (d & 7));
            }
        }

        return bytes;
    }

    /// <summary>
    /// The posting blob (impact 0) of the documents with <paramref name="all"/> counted (<see cref="PostingCodec.Encode"/>),
    /// at its exact size: no list of the documents, no list of postings (large objects for a frequent word).
    /// </summary>
    private static byte[] Postings(byte[] counts, int all)
    {
        var length = 0L;
        var last = 0;
        for (var d = 0; d < counts.Length; d++)
        {
            if (counts[d] == all)
            {
                length += Varint.Length((uint)(d - last)) + 1;
                last = d;
            }
        }

        var bytes = new byte[length];
        var at = 0L;
        last = 0;
        for (var d = 0; d < counts.Length; d++)
        {
            if (counts[d] == all)
            {
                at += Varint.Write(bytes, at, (uint)(d - last));
                at += Varint.Write(bytes, at, 0);
                last = d;
            }
        }

        return bytes;
    }
}
