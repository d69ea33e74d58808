using PowerList.Model;
using PowerList.Search.Analysis;

namespace SearchBench;

/// <summary>
/// Queries with their relevant entries: kind, query, relevant codes (space separated). Relevant = every entry whose
/// name contains each query word (both as analysed: folded, punctuation not part of a word); for a code, the entry itself.
/// </summary>
public static class QuerySet
{
    public static IEnumerable<string> Make(ListSet lists)
    {
        var entries = lists.PublicEntries.ToList();
        var random = new Random(42);
        var names = entries.Select(e => e.Name).Distinct().Where(n => n.Length >= 8 && n.Length <= 40).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var pick = Enumerable.Range(0, 20).Select(_ => names[random.Next(names.Count)]).Distinct().ToList();
        var toTraditional = CharFolding.TraditionalToSimplified.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Min(p => p.Key));
        var queries = new List<(string Kind, string Query)>();
        queries.AddRange(pick.Select(n => ("name", n)));
        queries.AddRange(pick.Select(n => ("substring", n.Substring(n.Length / 3, 4))));
        queries.AddRange(pick.Select(n => ("traditional", new string(n.Select(c => toTraditional.GetValueOrDefault(c, c)).ToArray())))
            .Where(q => pick.All(n => n != q.Item2)).Take(10));
        queries.AddRange(pick.Take(10).Select(n => ("two-term", n.Substring(1, 2) + " " + n[^2..])));
        // Compared as analysed (docs/search.md): folded, punctuation between CJK characters skipped, punctuation at
        // the edges of a query word not part of it (、容器、 is the word 容器).
        static string Analysed(string s) => string.Join(' ', Tokenizer.Runs(CharFolding.Fold(s)).Select(r => r.Run));
        var folded = entries.Select(e => Analysed(e.Name)).ToList();
        foreach (var (kind, query) in queries)
        {
            var words = query.Split(' ').Select(Analysed).ToList();
            var relevant = entries.Where((e, i) => words.All(w => folded[i].Contains(w, StringComparison.Ordinal))).Select(e => e.Code);
            yield return $"{kind}\t{query}\t{string.Join(' ', relevant)}";
        }

        foreach (var e in Enumerable.Range(0, 5).Select(_ => entries[random.Next(entries.Count)]))
        {
            yield return $"code\t{e.Code}\t{e.Code}";
        }
    }
}
