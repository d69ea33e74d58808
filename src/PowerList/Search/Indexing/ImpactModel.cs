using System.Runtime.CompilerServices;

namespace PowerList.Search.Indexing;

/// <summary>
/// The collection statistics of the BM25F impacts (<see cref="IndexBuilder"/>) and the impact of one term in one
/// document, shared by the full build and <see cref="IndexPatcher"/> so that both give the same numbers.
/// <para>
/// The statistics are quantized so that one edited entry seldom changes any other entry's impacts: each field's
/// average length is rounded to a step of 1/32 to 1/64 of itself (one edit among 100,000 entries moves it by far
/// less), and a
/// term's idf is computed from its document frequency rounded down to a bucket (exact up to 16, then buckets about
/// 6% wide, <see cref="DfBucket"/>), so that a term gained or lost by one entry changes its idf only when it crosses a
/// bucket boundary. The impact of every other posting then stays as it was.
/// </para>
/// </summary>
internal sealed class ImpactModel
{
    /// <summary>Document frequencies up to this are their own bucket.</summary>
    private const int ExactDf = 16;

    private readonly double[] _weights;

    public ImpactModel(int documents, ReadOnlySpan<long> lengthSums)
    {
        Documents = documents;
        _weights = IndexSettings.Weights.ToArray();
        Averages = new double[lengthSums.Length];
        for (var f = 0; f < Averages.Length; f++)
        {
            Averages[f] = Average(lengthSums[f], documents);
        }

        Scale = IndexSettings.ImpactScale / (IndexSettings.Weights[(int)SearchField.Name] * Idf(1));
    }

    public int Documents { get; }

    /// <summary>Each field's average length in tokens, quantized (<see cref="Average"/>).</summary>
    public double[] Averages { get; }

    /// <summary>Factor from BM25F scores to impacts: a unique term in a name of average length scores <see cref="IndexSettings.ImpactScale"/>.</summary>
    public double Scale { get; }

    /// <summary>Whether <paramref name="other"/> gives every document the same impacts as this one (same count, same averages).</summary>
    public bool SameAs(ImpactModel other) => other.Documents == Documents && other.Averages.AsSpan().SequenceEqual(Averages);

    /// <summary>The idf of a term in <paramref name="df"/> documents (from its <see cref="DfBucket"/>).</summary>
    public double Idf(int df)
    {
        var q = DfBucket(df);
        return Math.Log(1 + (Documents - q + 0.5) / (q + 0.5));
    }

    /// <summary>
    /// The lower end of the bucket of <paramref name="df"/>: <paramref name="df"/> itself up to 16, then the bounds
    /// 16, 17, 18, … each bound b followed by b + b/16 (integers only, so the same on every machine).
    /// </summary>
    public static int DfBucket(int df)
    {
        if (df <= ExactDf)
        {
            return df;
        }

        var bound = ExactDf;
        while (true)
        {
            var next = bound + Math.Max(1, bound / ExactDf);
            if (df < next)
            {
                return bound;
            }

            bound = next;
        }
    }

    /// <summary>The BM25 length normalisation of each field, <c>k1·(1 − b + b·len/avg)</c>.</summary>
    public void Norms(ReadOnlySpan<int> lengths, Span<double> norms)
    {
        for (var f = 0; f < lengths.Length; f++)
        {
            var b = IndexSettings.FieldB[f];
            norms[f] = IndexSettings.K1 * (1 - b + b * lengths[f] / Averages[f]);
        }
    }

    /// <summary>The stored impact (impact·2 + 1 when the term occurs in the name) from the term's count in each field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort Impact(double idf, ReadOnlySpan<int> counts, ReadOnlySpan<double> norms)
    {
        var sum = 0.0;
        for (var f = 0; f < counts.Length; f++)
        {
            if (counts[f] > 0)
            {
                sum += _weights[f] * counts[f] * (IndexSettings.K1 + 1) / (counts[f] + norms[f]);
            }
        }

        var impact = (int)Math.Round(idf * sum * Scale, MidpointRounding.AwayFromZero);
        return (ushort)((Math.Clamp(impact, 1, IndexSettings.MaxImpact) * 2) + (counts[(int)SearchField.Name] > 0 ? 1 : 0));
    }

    /// <summary>
    /// The average <paramref name="sum"/> / <paramref name="n"/> (at least 1) rounded to a step of 1/32 to 1/64 of
    /// itself: a power of two, so exact and the same on every machine.
    /// </summary>
    private static double Average(long sum, int n)
    {
        var average = n == 0 ? 1 : Math.Max(1, (double)sum / n);
        var step = Math.ScaleB(1.0, Math.ILogB(average) - 5);
        return Math.Round(average / step, MidpointRounding.AwayFromZero) * step;
    }
}
