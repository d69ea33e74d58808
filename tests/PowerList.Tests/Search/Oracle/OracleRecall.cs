namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// Recall at 10 against a judged relevant set. An entry is relevant to a query when, for every word of the query
/// (split at white space; folded: full-width → half-width, case, traditional → simplified), every token that Lucene's
/// CJK bigram analyzer makes of the word (its overlapping bigrams, a lone character, each ASCII run) occurs in one of
/// the entry's indexed fields, or every token of one of the word's expansions in the lists' synonym table does. That
/// set is the union of what each engine can justify finding: what Lucene matches (all bigrams present), plus what our
/// engine adds on purpose with the same evidence (traditional characters, and the synonym table the editors keep).
/// Entries that match only through anything looser are not relevant. Recall at 10 of a ranking is
/// |top 10 ∩ relevant| / min(10, |relevant|): 1 when the first ten places hold only relevant entries (or all of
/// them, when fewer than ten are relevant); queries with no relevant entry are not counted.
/// </summary>
public static class OracleRecall
{
    public static double At(IEnumerable<string> ranking, IReadOnlySet<string> relevant) =>
        relevant.Count == 0
            ? 0
            : (double)ranking.Take(OracleComparison.TopK).Count(relevant.Contains) / Math.Min(OracleComparison.TopK, relevant.Count);
}
