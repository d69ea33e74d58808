namespace PowerList.Search.Querying;

/// <summary>
/// Ranks the matching documents. A document's score is the sum over query words of its best alternative's impacts
/// (integers), plus the phrase boost when every word occurs in its name, plus the code boost for the entry whose code
/// is the query. Common terms' impacts are fetched tier by tier; after each round every document has bounds
/// [lower, upper], and ranking stops when the first <c>limit</c> documents, ordered by (lower desc, upper desc, doc
/// asc), each beat every document after them: lower(a) &gt; upper(e), or lower(a) = upper(e) and a's id is smaller
/// (ties go to the smaller doc id, i.e. the smaller code). Then the tiers that the top documents' impacts are in are
/// fetched too, so that every reported score is exact.
/// </summary>
internal sealed class Ranker(QueryPlan plan, Dictionary<string, TermState> terms, IndexMeta meta, int codeDoc)
{
    private const int No = 0;
    private const int Maybe = 1;
    private const int Yes = 2;

    public IReadOnlyList<(int Doc, int Score)> Rank(List<int> docs, int limit, IndexFiles files)
    {
        var lower = new int[docs.Count];
        var upper = new int[docs.Count];
        while (true)
        {
            for (var i = 0; i < docs.Count; i++)
            {
                (lower[i], upper[i]) = Bounds(docs[i]);
            }

            var order = Enumerable.Range(0, docs.Count).ToArray();
            Array.Sort(order, (x, y) =>
                lower[x] != lower[y] ? lower[y].CompareTo(lower[x])
                : upper[x] != upper[y] ? upper[y].CompareTo(upper[x])
                : docs[x].CompareTo(docs[y]));
            var k = Math.Min(limit, docs.Count);
            var contested = new HashSet<int>();
            for (var i = 0; i < k; i++)
            {
                for (var j = i + 1; j < order.Length; j++)
                {
                    var a = order[i];
                    var e = order[j];
                    if (!(lower[a] > upper[e] || (lower[a] == upper[e] && docs[a] < docs[e])))
                    {
                        contested.Add(docs[a]);
                        contested.Add(docs[e]);
                    }
                }
            }

            var fetch = Unknown(contested);
            if (fetch.Count == 0)
            {
                // The order is settled; fetch on until the top k's scores are exact (bounds only narrow, so the order stays).
                fetch = Unknown(order.Take(k).Select(i => docs[i]).ToHashSet());
                if (fetch.Count == 0)
                {
                    return order.Take(k).Select(i => (docs[i], lower[i])).ToList();
                }
            }

            foreach (var term in fetch)
            {
                terms[term].FetchNextTier(files);
            }
        }
    }

    /// <summary>Terms with more tiers whose impact is unknown for one of <paramref name="docs"/>, in ordinal order.</summary>
    private List<string> Unknown(HashSet<int> docs) =>
        terms.Where(t => t.Value.HasMoreTiers && docs.Any(d => t.Value.Members[d] && !t.Value.Known.ContainsKey(d)))
            .Select(t => t.Key).Order(StringComparer.Ordinal).ToList();

    private (int Lower, int Upper) Bounds(int doc)
    {
        var lower = 0;
        var upper = 0;
        var phrase = plan.Words.Count > 0 ? Yes : No;
        foreach (var word in plan.Words)
        {
            int wordLower = int.MinValue, wordUpper = int.MinValue, wordPhrase = No;
            foreach (var alternative in word)
            {
                if (!alternative.All(t => terms[t].Members[doc]))
                {
                    continue;
                }

                int altLower = 0, altUpper = 0, altPhrase = Yes;
                foreach (var t in alternative)
                {
                    var state = terms[t];
                    if (state.Known.TryGetValue(doc, out var impact))
                    {
                        altLower += impact >> 1;
                        altUpper += impact >> 1;
                        if ((impact & 1) == 0)
                        {
                            altPhrase = No;
                        }
                    }
                    else
                    {
                        altLower += state.Min;
                        altUpper += state.RemainingMax;
                        if (altPhrase == Yes)
                        {
                            altPhrase = Maybe;
                        }
                    }
                }

                wordLower = Math.Max(wordLower, altLower);
                wordUpper = Math.Max(wordUpper, altUpper);
                wordPhrase = Math.Max(wordPhrase, altPhrase);
            }

            lower += wordLower;
            upper += wordUpper;
            phrase = Math.Min(phrase, wordPhrase);
        }

        if (phrase == Yes)
        {
            lower += meta.PhraseBoost;
        }

        if (phrase != No)
        {
            upper += meta.PhraseBoost;
        }

        if (doc == codeDoc)
        {
            lower += meta.CodeBoost;
            upper += meta.CodeBoost;
        }

        return (lower, upper);
    }
}
