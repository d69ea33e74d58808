using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PowerList.Search.Analysis;

namespace PowerList.Search.Indexing;

/// <summary>
/// Builds the inverted index with precomputed BM25F impacts. For term t in document d:
/// <c>idf(t) · Σ_f w_f · tf·(k1+1) / (tf + k1·(1 − b + b·len_f/avglen_f))</c> (<see cref="ImpactModel"/>: average
/// lengths and document frequencies quantized so that one edit seldom moves other entries' impacts), quantized to an integer 1..8191 on a scale
/// fixed by the collection size (a unique term in a name of average length ≈ 1000), so that query-time scores are sums
/// of integers and the C# and JavaScript engines agree exactly. The stored value is impact·2 + 1 for a term of the name.
/// <para>
/// Two passes over the documents, each parallel over document ranges, neither making a string per token (tokens of
/// <see cref="Tokenizer.IndexTokens"/>, found by <see cref="TokenScanner"/>): pass 1 counts, per contiguous block,
/// document frequencies, field lengths and the exact size of each term's doc-id gaps, merged in block order; the
/// terms are then numbered in ordinal order and the postings arrays allocated at their exact size; pass 2 scores
/// each document alone (<see cref="DocumentScorer"/>) and appends its postings in document order. The result does not
/// depend on the threads.
/// </para>
/// </summary>
public static class IndexBuilder
{
    /// <summary>Documents scored between two appends of their postings.</summary>
    private const int Chunk = 2048;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static InvertedIndex Build(IReadOnlyList<SearchDocument> docs)
    {
        var fieldCount = IndexSettings.Weights.Count;
        var n = docs.Count;

        // Pass 1: blocks of contiguous documents, merged into the table in document order as soon as they are done.
        var table = new TermTable();
        var lengthSums = new long[fieldCount];
        var blockCount = Math.Max(1, Math.Min(n / 64, 8 * Environment.ProcessorCount));
        var blocks = new TermCounter?[blockCount];
        var merged = 0;
        var gate = new object();
        Parallel.For(0, blockCount, b =>
        {
            var counter = new TermCounter(fieldCount);
            counter.Count(docs, (int)((long)n * b / blockCount), (int)((long)n * (b + 1) / blockCount));
            lock (gate)
            {
                blocks[b] = counter;
                while (merged < blockCount && blocks[merged] is { } next)
                {
                    table.Merge(next);
                    for (var f = 0; f < fieldCount; f++)
                    {
                        lengthSums[f] += next.Lengths[f];
                    }

                    blocks[merged++] = null;
                }
            }
        });

        var (terms, df, gapBytes) = table.Finish();
        var postingStart = new int[terms.Length + 1];
        var gapStart = new long[terms.Length + 1];
        for (var t = 0; t < terms.Length; t++)
        {
            postingStart[t + 1] = checked(postingStart[t] + df[t]);
            gapStart[t + 1] = gapStart[t] + gapBytes[t];
        }

        var impacts = new ushort[postingStart[^1]];
        var gaps = new byte[gapStart[^1]];

        var model = new ImpactModel(n, lengthSums);
        var idf = df.Select(model.Idf).ToArray();

        // Pass 2: score a chunk of documents in parallel; append its postings in document order on another task
        // while the next chunk is scored (two chunk buffers, one append at a time).
        var nextPosting = postingStart[..^1];
        var nextGap = gapStart[..^1];
        var lastDoc = new int[terms.Length];
        var scorers = new ConcurrentBag<DocumentScorer>();
        var buffers = new[] { new DocumentScorer.Posting[Math.Min(Chunk, Math.Max(n, 1))][], new DocumentScorer.Posting[Math.Min(Chunk, Math.Max(n, 1))][] };
        var appending = Task.CompletedTask;
        for (var start = 0; start < n; start += Chunk)
        {
            var end = Math.Min(n, start + Chunk);
            var first = start;
            var perDoc = buffers[start / Chunk % 2];
            Parallel.For(
                start,
                end,
                () => scorers.TryTake(out var s) ? s : new DocumentScorer(table, model, idf),
                (d, _, scorer) =>
                {
                    perDoc[d - first] = scorer.Score(docs[d]);
                    return scorer;
                },
                scorers.Add);
            appending.Wait();
            appending = Task.Run(() => Append(perDoc, first, end, impacts, gaps, nextPosting, nextGap, lastDoc));
        }

        appending.Wait();
        for (var t = 0; t < terms.Length; t++)
        {
            if (nextPosting[t] != postingStart[t + 1] || nextGap[t] != gapStart[t + 1])
            {
                throw new InvalidOperationException($"index builder: the two passes disagree on term {terms[t]}");
            }
        }

        return new InvertedIndex(n, terms, postingStart, impacts, gapStart, gaps, lengthSums);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Append(
        DocumentScorer.Posting[][] perDoc, int start, int end, ushort[] impacts, byte[] gaps, int[] nextPosting, long[] nextGap, int[] lastDoc)
    {
        for (var d = start; d < end; d++)
        {
            foreach (var (term, impact) in perDoc[d - start])
            {
                impacts[nextPosting[term]++] = impact;
                nextGap[term] += Varint.Write(gaps, nextGap[term], (uint)(d - lastDoc[term]));
                lastDoc[term] = d;
            }

            perDoc[d - start] = null!;
        }
    }
}
