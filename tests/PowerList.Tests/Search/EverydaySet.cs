namespace PowerList.Tests.Search;

/// <summary>
/// The everyday query set (<c>tests/fixtures/everyday-queries.tsv</c>): queries judged by hand on the real lists, and
/// the two figures computed over it for any engine: top-1 (the first hit is a right answer, grade 2; or nothing found
/// for a question the lists cannot answer) and nDCG@10 (gain 2^grade − 1, log2 discount).
/// </summary>
public static class EverydaySet
{
    /// <summary>
    /// The floors both engines are held to. Issue 17 asks for top-1 ≥ 0.70 and nDCG@10 ≥ 0.70 on a hidden set. On this
    /// set (80 queries) the engines reached top-1 0.750 and nDCG@10 0.799 on 2026-12-06 (before: 0.638 and 0.786 on the
    /// first 69; main before issue 17: 0.348 and 0.373), held a little below against regressions (docs/search.md,
    /// "The everyday set").
    /// </summary>
    public const double Top1Floor = 0.72;

    /// <inheritdoc cref="Top1Floor"/>
    public const double NdcgFloor = 0.78;

    public sealed record Query(string Text, string Kind, IReadOnlyDictionary<string, int> Grades)
    {
        public bool Unanswerable => Grades.Count == 0;
    }

    public sealed record Report(double Top1, double Ndcg, IReadOnlyList<string> Failures, int Count)
    {
        /// <summary>Per kind of query (colloquial, typo, …): count, top-1 and nDCG@10, one line each.</summary>
        public IReadOnlyList<string> Kinds { get; init; } = [];
    }

    public static IReadOnlyList<Query> Load()
    {
        var path = Path.Combine(BuiltIndex.RepoRoot(), "tests", "fixtures", "everyday-queries.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new Query(p[0], p[1], p[2] == "-"
                ? new Dictionary<string, int>()
                : p[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(j => j.Split('=')).ToDictionary(j => j[0], j => int.Parse(j[1]))))
            .ToList();
    }

    /// <summary>nDCG@10 of a ranked list of codes; for an unanswerable query 1 when nothing is found, else 0.</summary>
    public static double Ndcg(Query query, IReadOnlyList<string> codes)
    {
        if (query.Unanswerable)
        {
            return codes.Count == 0 ? 1 : 0;
        }

        static double Gain(int grade, int rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2);
        var dcg = codes.Take(10).Select((c, i) => Gain(query.Grades.GetValueOrDefault(c), i)).Sum();
        var ideal = query.Grades.Values.OrderDescending().Take(10).Select((g, i) => Gain(g, i)).Sum();
        return dcg / ideal;
    }

    public static bool Top1(Query query, IReadOnlyList<string> codes) =>
        query.Unanswerable ? codes.Count == 0 : codes.Count > 0 && query.Grades.GetValueOrDefault(codes[0]) == 2;

    /// <summary>Runs <paramref name="search"/> (query → ranked codes) over the set.</summary>
    public static Report Evaluate(IReadOnlyList<Query> queries, Func<string, IReadOnlyList<string>> search)
    {
        var failures = new List<string>();
        var kinds = new Dictionary<string, (int Count, int Top1, double Ndcg)>();
        double top1 = 0, ndcg = 0;
        foreach (var q in queries)
        {
            var codes = search(q.Text);
            var hit = Top1(q, codes);
            var n = Ndcg(q, codes);
            top1 += hit ? 1 : 0;
            ndcg += n;
            var k = kinds.GetValueOrDefault(q.Kind);
            kinds[q.Kind] = (k.Count + 1, k.Top1 + (hit ? 1 : 0), k.Ndcg + n);
            if (!hit || n < 0.5)
            {
                failures.Add($"{q.Kind}\t{q.Text}\ttop1={(hit ? "yes" : "no")}\tnDCG={n:0.00}\tgot: {string.Join(' ', codes.Take(3))}{(codes.Count == 0 ? "(nothing)" : "")}");
            }
        }

        return new Report(top1 / queries.Count, ndcg / queries.Count, failures, queries.Count)
        {
            Kinds = kinds.Select(k => $"{k.Key}: {k.Value.Count} queries, top-1 {(double)k.Value.Top1 / k.Value.Count:P1}, nDCG@10 {k.Value.Ndcg / k.Value.Count:0.000}").ToList(),
        };
    }
}
