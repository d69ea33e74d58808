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
    private Dictionary<string, string>? confusables;

    public IndexMeta Meta => meta ??= new IndexMeta(files.Require("meta.jgz"));

    /// <summary><c>facets.jgz</c>, read on first use (facet counts or a filter).</summary>
    public IndexFacets Facets => facets ??= new IndexFacets(files.Require("facets.jgz"), Meta.Documents);

    /// <summary>Characters that sound or look alike (<c>confusables.jgz</c>), read on first use: only to correct a word with a missing pair.</summary>
    private IReadOnlyDictionary<string, string> Confusables() => confusables ??=
        files.Require("confusables.jgz").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    public static SearchEngine FromFolder(string indexFolder) => new(IndexFiles.FromFolder(indexFolder));

    public IndexFiles Files => files;

    public SearchResponse Search(SearchRequest request)
    {
        var m = Meta;
        var terms = new Dictionary<string, TermState>(StringComparer.Ordinal);
        var plan = QueryPlan.Parse(request.Query, m.Synonyms, m.StopWords);
        var codeDoc = -1;
        if (plan.Code is { } code && files.Get($"codes/{Fnv.Shard(code, m.CodeShards)}.jgz") is { } codes
            && codes.TryGetProperty(code, out var found))
        {
            // A query that is an entry or sub-item code finds that entry alone.
            codeDoc = found.GetInt32();
            plan = plan with { Words = [], Terms = [], Texts = [], PartialMin = [], Literal = [], Browse = false };
        }
        else
        {
            plan = Resolve(plan, terms);
        }

        var filtered = !string.IsNullOrEmpty(request.Department) || !string.IsNullOrEmpty(request.Category) || !string.IsNullOrEmpty(request.Level);
        var coverage = new int[m.Documents];
        var matches = new bool[m.Documents];
        var whole = 2 * plan.Words.Count;
        for (var d = 0; d < m.Documents; d++)
        {
            // A result covers at least half of the query's words (a word matched partly counts half). Without a word to
            // look for, every entry counts in the facets and, with a filter, is a result (browsing by filters alone).
            coverage[d] = Ranker.Coverage(plan, terms, d);
            matches[d] = plan.Browse || (coverage[d] > 0 && 2 * coverage[d] >= whole);
        }

        if (codeDoc >= 0)
        {
            matches[codeDoc] = true;
        }

        var filter = request.Facets || filtered ? new FacetFilter(m, Facets, request) : null;
        // Powers in force rank before ended ones: the ended are ranked only for the places the in-force leave.
        var status = request.Status ?? "";
        var results = new List<int>();
        var ended = new List<int>();
        var partial = 0;
        for (var d = 0; d < m.Documents; d++)
        {
            if (matches[d] && (filter is null || filter.Passes(d)) && (!plan.Browse || filtered))
            {
                var isEnded = m.Ended.ContainsKey(d);
                if (isEnded ? status == SearchRequest.InForce : status == SearchRequest.Ended)
                {
                    continue;
                }

                (isEnded ? ended : results).Add(d);
                partial += coverage[d] < whole ? 1 : 0;
            }
        }

        var limit = Math.Max(0, request.Limit);
        var ranker = new Ranker(plan, terms, m, codeDoc, coverage);
        var ranked = ranker.Rank(results, limit, files).ToList();
        if (ended.Count > 0 && ranked.Count < limit)
        {
            ranked.AddRange(ranker.Rank(ended, limit - ranked.Count, files));
        }

        var tokens = Snippet.Tokens(plan);
        var hits = ranked.Select(r => Hit(tokens, r.Doc, r.Score - coverage[r.Doc] * Ranker.CoverageUnit, coverage[r.Doc] < whole)).ToList();
        var response = new SearchResponse(results.Count + ended.Count, hits, [], [], [], files.Read.ToList()) { Partial = partial, Suggestion = plan.Suggestion };
        if (!request.Facets || filter is null)
        {
            return response;
        }

        return response with
        {
            Departments = filter.Departments(matches, i => Department(i).Name),
            Categories = filter.Categories(matches),
            Levels = filter.Levels(matches),
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

    /// <summary>
    /// The parsed query as matched: its tokens looked up in the dictionary (<paramref name="terms"/> gets their states),
    /// then resolved (<see cref="QueryResolver"/>).
    /// </summary>
    private QueryPlan Resolve(QueryPlan parsed, Dictionary<string, TermState> terms)
    {
        var m = Meta;
        foreach (var token in parsed.Terms)
        {
            Term(token, terms);
        }

        var plan = new QueryResolver(Confusables, m.Documents, t => Term(t, terms), tokens => Stored(tokens, terms) is not null).Resolve(parsed);
        UseStoredWords(plan, terms);
        foreach (var token in plan.Terms.Concat(terms.Keys.ToList()))
        {
            _ = terms[token].Members; // the other bitmaps, in the order search.js fetches them
        }

        return plan;
    }

    /// <summary>The stored common word (<see cref="CommonWords"/>) whose tokens are <paramref name="tokens"/>, if any.</summary>
    private static (int Pack, int Index, bool Bitmap)? Stored(IReadOnlyList<string> tokens, Dictionary<string, TermState> terms) =>
        tokens.Count >= 2 && tokens.All(t => terms.TryGetValue(t, out var s) && s.IsCommon)
            ? terms[tokens[0]].Word(string.Join(' ', tokens.Skip(1)))
            : null;

    /// <summary>
    /// An alternative that is a stored common word, whose tokens' bitmaps are not fetched yet and occur in no other
    /// alternative of the query (but the same word's), takes the word's stored documents as its tokens' membership:
    /// the same matches (the set is their intersection) for one blob instead of a bitmap per token. search.js <c>useStoredWords</c>.
    /// </summary>
    private void UseStoredWords(QueryPlan plan, Dictionary<string, TermState> terms)
    {
        var all = plan.Words.Select((alternatives, w) => (alternatives, w)).SelectMany(x => x.alternatives.Select(a => (Tokens: a, Partial: plan.PartialMin[x.w] > 0))).ToList();
        foreach (var (tokens, partial) in all)
        {
            if (partial || Stored(tokens, terms) is not { } word || tokens.Any(t => terms[t].Loaded)
                || all.Any(o => o.Tokens.Intersect(tokens).Any() && (o.Partial || !o.Tokens.SequenceEqual(tokens))))
            {
                continue;
            }

            var members = new bool[Meta.Documents];
            var bytes = files.Blob(word.Pack, word.Index);
            var docs = word.Bitmap ? PostingCodec.DecodeBitmap(bytes) : PostingCodec.Decode(bytes).Select(p => p.Doc).ToList();
            foreach (var doc in docs)
            {
                members[doc] = true;
            }

            foreach (var t in tokens)
            {
                terms[t].Restrict(members);
            }
        }
    }

    /// <summary>The resolved plan of <paramref name="query"/> (tests: the exhaustive scorer matches what the engine matched).</summary>
    public QueryPlan Plan(string query) =>
        Resolve(QueryPlan.Parse(query, Meta.Synonyms, Meta.StopWords), new Dictionary<string, TermState>(StringComparer.Ordinal));

    private TermState Term(string token, Dictionary<string, TermState> terms)
    {
        if (!terms.TryGetValue(token, out var state))
        {
            var shard = files.Require($"dict/{Fnv.Shard(token, Meta.DictShards)}.jgz");
            state = new TermState(token, shard.TryGetProperty(token, out var entry) ? entry : null, files, Meta.Documents);
            terms[token] = state;
        }

        return state;
    }

    /// <summary>A department's id and name, from <c>departments/N.jgz</c>.</summary>
    public (string Id, string Name) Department(int index)
    {
        var pair = files.Require($"departments/{index / Meta.DepartmentsPerShard}.jgz")[index % Meta.DepartmentsPerShard];
        return (pair[0].GetString()!, pair[1].GetString()!);
    }

    private SearchHit Hit(IReadOnlyList<string> tokens, int doc, int score, bool partial)
    {
        var m = Meta;
        var row = files.Require($"docs/{doc / m.DocsPerShard}.jgz")[doc % m.DocsPerShard];
        var code = row[0].GetString()!;
        var department = Department(row[2].GetInt32()).Id;
        return new SearchHit(
            doc,
            code,
            row[1].GetString()!,
            department,
            m.Categories[row[3].GetInt32()].Key,
            m.EntryUrl.Replace("{dept}", department, StringComparison.Ordinal).Replace("{code}", code, StringComparison.Ordinal),
            score,
            Snippet.Of(row[4].GetString()!, tokens),
            m.StatusOf(doc))
        {
            Partial = partial,
            GuideUrl = row.GetArrayLength() > 6 ? row[6].GetString()! : "",
            OnlineUrl = row.GetArrayLength() > 7 ? row[7].GetString()! : "",
            Unit = row.GetArrayLength() > 8 ? row[8].GetString()! : "",
        };
    }
}
