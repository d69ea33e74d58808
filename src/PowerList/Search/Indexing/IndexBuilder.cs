using System.Collections.Concurrent;
using PowerList.Search.Analysis;

namespace PowerList.Search.Indexing;

/// <summary>
/// Builds the inverted index with precomputed BM25F impacts. For term t in document d:
/// <c>idf(t) · Σ_f w_f · tf·(k1+1) / (tf + k1·(1 − b + b·len_f/avglen_f))</c>, quantized to an integer 1..8191 on a scale
/// fixed by the collection size (a unique term in a name of average length ≈ 1000), so that query-time scores are sums
/// of integers and the C# and JavaScript engines agree exactly. The stored value is impact·2 + 1 for a term of the name.
/// </summary>
public static class IndexBuilder
{
    public static InvertedIndex Build(IReadOnlyList<SearchDocument> docs)
    {
        // Tokenizing is most of the work: both passes run in parallel over ranges of documents. The result does not
        // depend on the threads: document frequencies and length sums are integer sums, and each document's
        // postings are computed alone and appended in document order.
        var fieldCount = IndexSettings.Weights.Count;
        var n = docs.Count;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengthSums = new long[fieldCount];
        var gate = new object();
        Parallel.ForEach(
            Partitioner.Create(0, n, 256),
            () => (Df: new Dictionary<string, int>(StringComparer.Ordinal), Lengths: new long[fieldCount]),
            (range, _, local) =>
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var d = range.Item1; d < range.Item2; d++)
                {
                    seen.Clear();
                    for (var f = 0; f < fieldCount; f++)
                    {
                        var tokens = Tokenizer.IndexTokens(docs[d].Fields[f]);
                        local.Lengths[f] += tokens.Count;
                        seen.UnionWith(tokens);
                    }

                    foreach (var term in seen)
                    {
                        local.Df[term] = local.Df.GetValueOrDefault(term) + 1;
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    foreach (var (term, count) in local.Df)
                    {
                        df[term] = df.GetValueOrDefault(term) + count;
                    }

                    for (var f = 0; f < fieldCount; f++)
                    {
                        lengthSums[f] += local.Lengths[f];
                    }
                }
            });

        var averages = lengthSums.Select(s => n == 0 ? 1 : Math.Max(1, (double)s / n)).ToArray();
        var maxIdf = Idf(n, 1);
        var scale = IndexSettings.ImpactScale / (IndexSettings.Weights[(int)SearchField.Name] * maxIdf);
        var postings = new Dictionary<string, List<(int, int)>>(df.Count, StringComparer.Ordinal);
        const int chunk = 1024;
        for (var start = 0; start < n; start += chunk)
        {
            var end = Math.Min(n, start + chunk);
            var perDoc = new (string Term, int Impact)[end - start][];
            Parallel.For(start, end, d => perDoc[d - start] = Impacts(docs[d], fieldCount, averages, df, n, scale));
            for (var d = start; d < end; d++)
            {
                foreach (var (term, impact) in perDoc[d - start])
                {
                    if (!postings.TryGetValue(term, out var list))
                    {
                        postings[term] = list = [];
                    }

                    list.Add((d, impact));
                }
            }
        }

        return new InvertedIndex(n, new SortedDictionary<string, List<(int, int)>>(postings, StringComparer.Ordinal));
    }

    private static (string Term, int Impact)[] Impacts(SearchDocument doc, int fieldCount, double[] averages, Dictionary<string, int> df, int n, double scale)
    {
        var tf = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lengths = new int[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var tokens = Tokenizer.IndexTokens(doc.Fields[f]);
            lengths[f] = tokens.Count;
            foreach (var token in tokens)
            {
                if (!tf.TryGetValue(token, out var counts))
                {
                    tf[token] = counts = new int[fieldCount];
                }

                counts[f]++;
            }
        }

        var result = new (string, int)[tf.Count];
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
}
