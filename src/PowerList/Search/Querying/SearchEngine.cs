using PowerList.Search.Indexing;

namespace PowerList.Search.Querying;

/// <summary>
/// Queries the static index files; search.js implements the same algorithm step by step, so that both return the
/// same hits. Matching is exact (membership of every term is known); ranking fetches impact tiers of common terms
/// only until the top <see cref="SearchRequest.Limit"/> and their order can no longer change.
/// </summary>
public sealed class SearchEngine(IndexFiles files)
{
    private IndexMeta? meta;

    public IndexMeta Meta => meta ??= new IndexMeta(files.Require("meta.json"));

    public static SearchEngine FromFolder(string indexFolder) => new(IndexFiles.FromFolder(indexFolder));

    public IndexFiles Files => files;

    public SearchResponse Search(SearchRequest request)
    {
        var m = Meta;
        var plan = QueryPlan.Parse(request.Query, m.Synonyms);
        var codeDoc = -1;
        if (plan.Code is { } code && files.Get($"codes/{Fnv.Shard(code, m.CodeShards)}.json") is { } codes
            && codes.TryGetProperty(code, out var found))
        {
            // A query that is an entry or sub-item code finds that entry alone.
            codeDoc = found.GetInt32();
            plan = plan with { Words = [], Terms = [] };
        }

        var terms = new Dictionary<string, TermState>(StringComparer.Ordinal);
        foreach (var term in plan.Terms)
        {
            var shard = files.Require($"dict/{Fnv.Shard(term, m.DictShards)}.json");
            terms[term] = new TermState(shard.TryGetProperty(term, out var entry) ? entry : null, files, m.Documents);
        }

        var matches = Matches(plan, terms, m.Documents);
        if (codeDoc >= 0)
        {
            matches[codeDoc] = true;
        }

        var filter = new FacetFilter(m, request);
        var results = new List<int>();
        for (var d = 0; d < m.Documents; d++)
        {
            if (matches[d] && filter.Passes(d))
            {
                results.Add(d);
            }
        }

        var ranked = new Ranker(plan, terms, m, codeDoc).Rank(results, Math.Max(0, request.Limit), files);
        var hits = ranked.Select(r => Hit(r.Doc, r.Score)).ToList();
        return new SearchResponse(results.Count, hits, filter.Departments(matches, DepartmentName), filter.Categories(matches), filter.Levels(matches), files.Read.ToList());
    }

    private static bool[] Matches(QueryPlan plan, Dictionary<string, TermState> terms, int n)
    {
        var matches = new bool[n];
        if (plan.Words.Count == 0)
        {
            return matches;
        }

        Array.Fill(matches, true);
        foreach (var word in plan.Words)
        {
            var any = new bool[n];
            foreach (var alternative in word)
            {
                for (var d = 0; d < n; d++)
                {
                    if (!any[d] && alternative.All(t => terms[t].Members[d]))
                    {
                        any[d] = true;
                    }
                }
            }

            for (var d = 0; d < n; d++)
            {
                matches[d] &= any[d];
            }
        }

        return matches;
    }

    public string DepartmentName(int index) =>
        files.Require($"departments/{index / Meta.DepartmentsPerShard}.json")[index % Meta.DepartmentsPerShard].GetString()!;

    private SearchHit Hit(int doc, int score)
    {
        var m = Meta;
        var row = files.Require($"docs/{doc / m.DocsPerShard}.json")[doc % m.DocsPerShard];
        var code = row[0].GetString()!;
        return new SearchHit(
            doc,
            code,
            row[1].GetString()!,
            m.DepartmentIds[row[2].GetInt32()],
            m.Categories[row[3].GetInt32()].Key,
            m.EntryUrl.Replace("{code}", code, StringComparison.Ordinal),
            score,
            row[5].GetString()!);
    }
}
