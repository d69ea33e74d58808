using System.Collections.Concurrent;
using PowerList.Search.Analysis;

namespace PowerList.Search.Indexing;

/// <summary>
/// Builds the inverted index with precomputed BM25F impacts. For term t in document d:
/// <c>idf(t) · Σ_f w_f · tf·(k1+1) / (tf + k1·(1 − b + b·len_f/avglen_f))</c>, quantized to an integer 1..8191 on a scale
/// fixed by the collection size (a unique term in a name of average length ≈ 1000), so that query-time scores are sums
/// of integers and the C# and JavaScript engines agree exactly. The stored value is impact·2 + 1 for a term of the name.
/// Tokens (those of <see cref="Tokenizer.IndexTokens"/>) are looked up as spans of the folded text, so a token
/// becomes a string only the first time a thread meets it.
/// </summary>
public static class IndexBuilder
{
    public static InvertedIndex Build(IReadOnlyList<SearchDocument> docs)
    {
        // Both passes run in parallel over ranges of documents. The result does not depend on the threads: document
        // frequencies and length sums are integer sums, each document's impacts are computed alone, and postings are
        // appended in document order.
        var fieldCount = IndexSettings.Weights.Count;
        var n = docs.Count;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengthSums = new long[fieldCount];
        var gate = new object();
        Parallel.ForEach(
            Partitioner.Create(0, n, 256),
            () => new TermCounter(fieldCount),
            (range, _, local) =>
            {
                for (var d = range.Item1; d < range.Item2; d++)
                {
                    local.CountDocument(docs[d], d);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    local.MergeInto(df, lengthSums);
                }
            });

        var terms = df.Keys.Order(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        var dfById = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            ids[terms[i]] = i;
            dfById[i] = df[terms[i]];
        }

        var averages = lengthSums.Select(s => n == 0 ? 1 : Math.Max(1, (double)s / n)).ToArray();
        var maxIdf = Idf(n, 1);
        var scale = IndexSettings.ImpactScale / (IndexSettings.Weights[(int)SearchField.Name] * maxIdf);
        var lists = new List<(int, int)>[terms.Length];
        const int chunk = 1024;
        for (var start = 0; start < n; start += chunk)
        {
            var end = Math.Min(n, start + chunk);
            var perDoc = new (int Term, int Impact)[end - start][];
            Parallel.For(start, end, d => perDoc[d - start] = Impacts(docs[d], fieldCount, averages, ids, dfById, n, scale));
            for (var d = start; d < end; d++)
            {
                foreach (var (term, impact) in perDoc[d - start])
                {
                    (lists[term] ??= new List<(int, int)>(dfById[term])).Add((d, impact));
                }
            }
        }

        var postings = new SortedDictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            postings.Add(terms[i], lists[i] ?? []);
        }

        return new InvertedIndex(n, postings);
    }

    /// <summary>Calls <paramref name="token"/> for every index token of <paramref name="text"/>; returns their number.</summary>
    internal static int ForEachToken(string text, Action<ReadOnlySpan<char>> token)
    {
        var count = 0;
        foreach (var (run, cjk) in Tokenizer.Runs(CharFolding.Fold(text)))
        {
            if (!cjk)
            {
                token(run);
                count++;
                continue;
            }

            for (var i = 0; i < run.Length; i++)
            {
                token(run.AsSpan(i, 1));
                count++;
                if (i + 1 < run.Length)
                {
                    token(run.AsSpan(i, 2));
                    count++;
                }
            }
        }

        return count;
    }

    private static (int Term, int Impact)[] Impacts(SearchDocument doc, int fieldCount, double[] averages, Dictionary<string, int> ids, int[] df, int n, double scale)
    {
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var tf = new Dictionary<int, int[]>();
        var lengths = new int[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var field = f;
            lengths[f] = ForEachToken(doc.Fields[f], token =>
            {
                var id = lookup[token];
                if (!tf.TryGetValue(id, out var counts))
                {
                    tf[id] = counts = new int[fieldCount];
                }

                counts[field]++;
            });
        }

        var result = new (int, int)[tf.Count];
        var i = 0;
        foreach (var (term, counts) in tf)
        {
            var sum = 0.0;
            for (var f = 0; f < fieldCount; f++)
            {
                if (counts[f] > 0)
                {
                    var norm = IndexSettings.K1 * (1 - IndexSettings.B + IndexSettings.B * lengths[f] / averages[f]);
                    sum += IndexSettings.Weights[f] * counts[f] * (IndexSettings.K1 + 1) / (counts[f] + norm);
                }
            }

            var impact = (int)Math.Round(Idf(n, df[term]) * sum * scale, MidpointRounding.AwayFromZero);
            impact = Math.Clamp(impact, 1, IndexSettings.MaxImpact) * 2 + (counts[(int)SearchField.Name] > 0 ? 1 : 0);
            result[i++] = (term, impact);
        }

        return result;
    }

    private static double Idf(int n, int df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));

    /// <summary>One thread's document frequencies and field lengths (pass 1).</summary>
    private sealed class TermCounter(int fieldCount)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<int> _df = [];
        private readonly List<int> _lastDoc = [];
        private readonly long[] _lengths = new long[fieldCount];

        public void CountDocument(SearchDocument doc, int d)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var f = 0; f < fieldCount; f++)
            {
                _lengths[f] += ForEachToken(doc.Fields[f], token =>
                {
                    if (!lookup.TryGetValue(token, out var id))
                    {
                        id = _df.Count;
                        lookup[token] = id;
                        _df.Add(0);
                        _lastDoc.Add(-1);
                    }

                    if (_lastDoc[id] != d)
                    {
                        _lastDoc[id] = d;
                        _df[id]++;
                    }
                });
            }
        }

        public void MergeInto(Dictionary<string, int> df, long[] lengthSums)
        {
            foreach (var (term, id) in _ids)
            {
                df[term] = df.GetValueOrDefault(term) + _df[id];
            }

            for (var f = 0; f < fieldCount; f++)
            {
                lengthSums[f] += _lengths[f];
            }
        }
    }
}
