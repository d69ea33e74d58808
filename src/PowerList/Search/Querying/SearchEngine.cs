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
    private IndexFacets? facets;

    public IndexMeta Meta => meta ??= new IndexMeta(files.Require("meta.jgz"));

    /// <summary><c>facets.jgz</c>, read on first use (facet counts or a filter).</summary>
    public IndexFacets Facets => facets ??= new IndexFacets(files.Require("facets.jgz"), Meta.Documents);

    public static SearchEngine FromFolder(string indexFolder) => new(IndexFiles.FromFolder(indexFolder));

    public IndexFiles Files => files;

    public SearchResponse Search(SearchRequest request)
    {
        var m = Meta;
        var plan = QueryPlan.Parse(request.Query, m.Synonyms);
        var codeDoc = -1;
        if (plan.Code is { } code && files.Get($"codes/{Fnv.Shard(code, m.CodeShards)}.jgz") is { } codes
            && codes.TryGetProperty(code, out var found))
        {
            // A query that is an entry or sub-item code finds that entry alone.
            codeDoc = found.GetInt32();
            plan = plan with { Words = [], Terms = [] };
        }

        var terms = new Dictionary<string, TermState>(StringComparer.Ordinal);
        foreach (var term in plan.Terms)
        {
            var shard = files.Require($"dict/{Fnv.Shard(term, m.DictShards)}.jgz");
            terms[term] = new TermState(shard.TryGetProperty(term, out var entry) ? entry : null, files, m.Documents);
        }

        var matches = Matches(plan, terms, m.Documents);
        if (codeDoc >= 0)
        {
            matches[codeDoc] = true;
        }

        var filtered = !string.IsNullOrEmpty(request.Department) || !string.IsNullOrEmpty(request.Category) || !string.IsNullOrEmpty(request.Level);
        var filter = request.Facets || filtered ? new FacetFilter(m, Facets, request) : null;
        // Powers in force rank before ended ones: the ended are ranked only for the places the in-force leave.
        var status = request.Status ?? "";
        var results = new List<int>();
        var ended = new List<int>();
        for (var d = 0; d < m.Documents; d++)
        {
            if (matches[d] && (filter is null || filter.Passes(d)))
            {
                var isEnded = m.Ended.ContainsKey(d);
                if (isEnded ? status == SearchRequest.InForce : status == SearchRequest.Ended)
                {
                    continue;
                }

                (isEnded ? ended : results).Add(d);
            }
        }

        var limit = Math.Max(0, request.Limit);
        var ranker = new Ranker(plan, terms, m, codeDoc);
        var ranked = ranker.Rank(results, limit, files).ToList();
        if (ended.Count > 0 && ranked.Count < limit)
        {
            ranked.AddRange(ranker.Rank(ended, limit - ranked.Count, files));
        }

        var hits = ranked.Select(r => Hit(r.Doc, r.Score)).ToList();
        var total = results.Count + ended.Count;
        if (!request.Facets || filter is null)
        {
            return new SearchResponse(total, hits, [], [], [], files.Read.ToList());
        }

        return new SearchResponse(total, hits, filter.Departments(matches, i => Department(i).Name), filter.Categories(matches), filter.Levels(matches), files.Read.ToList())
        {
            Statuses = Statuses(matches, filter),
        };
    }

    /// <summary>现行 and 已调整 counts over the matches that pass the other filters.</summary>
    private IReadOnlyList<FacetCount> Statuses(bool[] matches, FacetFilter filter)
    {
        int inForce = 0, ended = 0;
        for (var d = 0; d < matches.Length; d++)
        {
            if (matches[d] && filter.Passes(d))
            {
                if (Meta.Ended.ContainsKey(d))
                {
                    ended++;
                }
                else
                {
                    inForce++;
                }
            }
        }

        return [new FacetCount(SearchRequest.InForce, "现行", inForce), new FacetCount(SearchRequest.Ended, "已调整", ended)];
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

    /// <summary>A department's id and name, from <c>departments/N.jgz</c>.</summary>
    public (string Id, string Name) Department(int index)
    {
        var pair = files.Require($"departments/{index / Meta.DepartmentsPerShard}.jgz")[index % Meta.DepartmentsPerShard];
        return (pair[0].GetString()!, pair[1].GetString()!);
    }

    private SearchHit Hit(int doc, int score)
    {
        var m = Meta;
        var row = files.Require($"docs/{doc / m.DocsPerShard}.jgz")[doc % m.DocsPerShard];
        var code = row[0].GetString()!;
        return new SearchHit(
            doc,
            code,
            row[1].GetString()!,
            Department(row[2].GetInt32()).Id,
            m.Categories[row[3].GetInt32()].Key,
            m.EntryUrl.Replace("{code}", code, StringComparison.Ordinal),
            score,
            row[4].GetString()!,
            m.StatusOf(doc));
    }
}
