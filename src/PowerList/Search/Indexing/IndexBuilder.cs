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
        var fieldCount = IndexSettings.Weights.Count;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengthSums = new double[fieldCount];
        foreach (var doc in docs)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < fieldCount; f++)
            {
                var tokens = Tokenizer.IndexTokens(doc.Fields[f]);
                lengthSums[f] += tokens.Count;
                seen.UnionWith(tokens);
            }

            foreach (var term in seen)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = docs.Count;
        var averages = lengthSums.Select(s => n == 0 ? 1 : Math.Max(1, s / n)).ToArray();
        var maxIdf = Idf(n, 1);
        var scale = IndexSettings.ImpactScale / (IndexSettings.Weights[(int)SearchField.Name] * maxIdf);
        var postings = new SortedDictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var d = 0; d < n; d++)
        {
            var tf = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var lengths = new int[fieldCount];
            for (var f = 0; f < fieldCount; f++)
            {
                var tokens = Tokenizer.IndexTokens(docs[d].Fields[f]);
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

                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((d, impact));
            }
        }

        return new InvertedIndex(n, postings);
    }

    private static double Idf(int n, int df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));
}
