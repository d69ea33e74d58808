using PowerList.Search.Indexing;

namespace PowerList.Search.Querying;

/// <summary>
/// Ranks the matching documents. A document's score is the sum over query words of its best alternative's impacts
/// (integers), plus the phrase boost when every word occurs in its name, plus the code boost for the entry whose code
/// is the query. Common terms' impacts are fetched tier by tier; after each round every document has bounds
/// [lower, upper], and ranking stops when the first <c>limit</c> documents, ordered by (lower desc, upper desc, doc
/// asc), each beat every document after them: lower(a) &gt; upper(e), or lower(a) = upper(e) and a's id is smaller
/// (ties go to the smaller doc id, i.e. the smaller code). Then the tiers that the top documents' impacts are in are
/// fetched too, so that every reported score is exact. Documents are ordered first by coverage (2 for each word
/// matched whole, 1 for each word matched partly: <see cref="Coverage"/>), then by score: the key ranked is
/// coverage · <see cref="CoverageUnit"/> + score. A synonym expansion's impacts count three quarters (<see cref="Expansion"/>).
/// In a query of two or more words, a very common term (<see cref="IndexSettings.Flat"/>) counts its least impact
/// where it is not in the name (<see cref="TermState.Value"/>), so its impacts are known once its name postings are.
/// </summary>
internal sealed class Ranker(QueryPlan plan, Dictionary<string, TermState> terms, IndexMeta meta, int codeDoc, int[] coverage)
{
    /// <summary>Above any score (code boost + <see cref="QuerySegmenter.MaxWords"/> words of six tokens of impact &lt; 8192).</summary>
    public const int CoverageUnit = 1 << 21;

    /// <summary>2 for each word one of whose alternatives occurs whole in <paramref name="doc"/>, 1 for each partial word matched.</summary>
    public static int Coverage(QueryPlan plan, Dictionary<string, TermState> terms, int doc)
    {
        var coverage = 0;
        for (var w = 0; w < plan.Words.Count; w++)
        {
            var min = plan.PartialMin[w];
            if (min > 0)
            {
                coverage += plan.Words[w][0].Count(t => terms[t].Members[doc]) >= min ? 1 : 0;
            }
            else if (plan.Words[w].Any(a => a.All(t => terms[t].Members[doc])))
            {
                coverage += 2;
            }
        }

        return coverage;
    }

    private const int No = 0;
    private const int Maybe = 1;
    private const int Yes = 2;

    private readonly HashSet<int> rowsRead = [];

    public IReadOnlyList<(int Doc, int Score)> Rank(List<int> docs, int limit, IndexFiles files)
    {
        var lower = new int[docs.Count];
        var upper = new int[docs.Count];
        foreach (var state in terms.Values)
        {
            // A word asked alone keeps exact impacts; with two or more words a very common term is flat outside names.
            state.Flat = plan.Words.Count >= 2 && IndexSettings.Flat(state.Count, meta.Documents);
        }

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

            // Few documents left open: their rows give their name impacts (and bound the others) for less than tiers.
            var unread = Unread(contested);
            if (unread.Count > 0 && unread.Count <= meta.RowReads)
            {
                ReadRows(unread, files);
                continue;
            }

            var fetch = Unknown(contested);
            if (fetch.Count == 0)
            {
                // The order is settled; fetch on until the top k's scores are exact (bounds only narrow, so the order
                // stays): first their rows (read for display anyway), then tiers.
                var top = order.Take(k).Select(i => docs[i]).ToHashSet();
                unread = Unread(top);
                if (unread.Count > 0)
                {
                    ReadRows(unread, files);
                    continue;
                }

                fetch = Unknown(top);
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

    /// <summary>Documents of <paramref name="docs"/> with an impact of a row-listed term not known (nor settled) and a row not read, ascending.</summary>
    private List<int> Unread(HashSet<int> docs) =>
        docs.Where(d => !rowsRead.Contains(d) && terms.Values.Any(s => InRows(s) && s.Members[d] && !s.Known.ContainsKey(d) && !s.Settled(d))).Order().ToList();

    /// <summary>Whether rows list <paramref name="state"/>'s term where it is in their name (a very common term).</summary>
    private bool InRows(TermState state) => state.IsCommon && NameImpacts.Listed(state.Term, state.Count, meta.RowTerms);

    /// <summary>
    /// Reads the document-store rows of <paramref name="docs"/>: a common term of the query in a row's name impacts is
    /// known from now on; one not there is not in that document's name (<see cref="TermState.NotInName"/>).
    /// </summary>
    private void ReadRows(List<int> docs, IndexFiles files)
    {
        foreach (var doc in docs)
        {
            rowsRead.Add(doc);
            var names = files.Require($"docs/{doc / meta.DocsPerShard}.jgz")[doc % meta.DocsPerShard][5];
            foreach (var state in terms.Values)
            {
                if (!InRows(state) || !state.Members[doc] || state.Known.ContainsKey(doc))
                {
                    continue;
                }

                if (names.TryGetProperty(state.Term, out var impact))
                {
                    state.Known[doc] = impact.GetInt32() * 2 + 1;
                }
                else
                {
                    state.NotInName.Add(doc);
                }
            }
        }
    }

    /// <summary>Terms with more tiers whose impact is unknown (and not settled) for one of <paramref name="docs"/>, in ordinal order.</summary>
    private List<string> Unknown(HashSet<int> docs) =>
        terms.Where(t => t.Value.HasMoreTiers && docs.Any(d => t.Value.Members[d] && !t.Value.Known.ContainsKey(d) && !t.Value.Settled(d)))
            .Select(t => t.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The score of a synonym expansion whose tokens score <paramref name="sum"/>: three quarters of it, so that an
    /// entry holding the word as typed ranks before one that holds only an expansion of it, where both occur in the
    /// same field (罚款 in a name before 处罚 in a name).
    /// </summary>
    public static int Expansion(int sum) => sum * 3 / 4;

    /// <summary>
    /// A document's bounds. The upper bound is the larger of two cases: the phrase boost not given (every unknown
    /// impact at most its term's <see cref="TermState.UpperOf"/>), and given, when it still may be (every unknown impact
    /// of a word's only alternative then a name impact, at most <see cref="TermState.RemainingNameMax"/>; a word with
    /// synonym alternatives keeps its first bound).
    /// </summary>
    private (int Lower, int Upper) Bounds(int doc)
    {
        var lower = 0;
        var upper = 0;
        var upperInName = 0;
        var phrase = plan.Words.Count > 0 ? Yes : No;
        for (var w = 0; w < plan.Words.Count; w++)
        {
            var partial = plan.PartialMin[w] > 0;
            int wordLower = 0, wordUpper = 0, wordInName = 0, wordPhrase = No;
            for (var a = 0; a < plan.Words[w].Count; a++)
            {
                var alternative = plan.Words[w][a];
                if (!partial && !alternative.All(t => terms[t].Members[doc]))
                {
                    continue;
                }

                int altLower = 0, altUpper = 0, altInName = 0, altPhrase = partial ? No : Yes;
                foreach (var t in alternative)
                {
                    var state = terms[t];
                    if (!state.Members[doc])
                    {
                        continue;
                    }

                    if (state.Known.TryGetValue(doc, out var impact))
                    {
                        var value = state.Value(impact);
                        altLower += value;
                        altUpper += value;
                        altInName += value;
                        if ((impact & 1) == 0)
                        {
                            altPhrase = No;
                        }
                    }
                    else
                    {
                        altLower += state.Min;
                        altUpper += state.UpperOf(doc);
                        altInName += state.RemainingNameMax;
                        if (state.NotInName.Contains(doc) || state.RemainingNameMax == 0)
                        {
                            altPhrase = No;
                        }
                        else if (altPhrase == Yes)
                        {
                            altPhrase = Maybe;
                        }
                    }
                }

                if (a > 0 || !plan.Literal[w])
                {
                    (altLower, altUpper, altInName) = (Expansion(altLower), Expansion(altUpper), Expansion(altInName));
                }

                wordLower = Math.Max(wordLower, altLower);
                wordUpper = Math.Max(wordUpper, altUpper);
                wordInName = Math.Max(wordInName, altInName);
                wordPhrase = Math.Max(wordPhrase, altPhrase);
            }

            lower += wordLower;
            upper += wordUpper;
            upperInName += plan.Words[w].Count == 1 ? wordInName : wordUpper;
            phrase = Math.Min(phrase, wordPhrase);
        }

        if (phrase == Yes)
        {
            lower += meta.PhraseBoost;
            upper += meta.PhraseBoost;
        }
        else if (phrase == Maybe)
        {
            upper = Math.Max(upper, upperInName + meta.PhraseBoost);
        }

        if (doc == codeDoc)
        {
            lower += meta.CodeBoost;
            upper += meta.CodeBoost;
        }

        var key = coverage[doc] * CoverageUnit;
        return (key + lower, key + upper);
    }
}
