namespace PowerList.Search.Indexing;

/// <summary>
/// For each document, the impacts of the very common terms (<see cref="IndexSettings.RowTermThreshold"/>) of two or more
/// characters that occur in its name, in ordinal term order: written in its document-store row, so that a query engine that reads
/// the row knows these impacts, and knows that the row's other common terms are not in the name (their impacts are at
/// most the term's largest impact outside a name). Rows are read for the results shown anyway, and for the few
/// documents whose order is still open (docs/search.md, query algorithm).
/// </summary>
internal sealed class NameImpacts
{
    private static readonly (string Term, int Impact)[] None = [];

    private NameImpacts((string Term, int Impact)[][] rows) => Rows = rows;

    /// <summary>Per document: (term, impact) of the common terms in its name, ordinal order; shared arrays where unchanged.</summary>
    public (string Term, int Impact)[][] Rows { get; }

    /// <summary>From every common term's postings.</summary>
    public static NameImpacts Of(InvertedIndex index)
    {
        var lists = new List<(string Term, int Impact)>?[index.Documents];
        var common = IndexSettings.RowTermThreshold(index.Documents);
        var postings = new List<(int Doc, int Impact)>();
        for (var t = 0; t < index.TermCount; t++)
        {
            if (Listed(index.Terms[t], index.Count(t), common))
            {
                Add(lists, index.Terms[t], index.PostingList(t, postings));
            }
        }

        return new NameImpacts([.. lists.Select(l => l is null ? None : l.ToArray())]);
    }

    /// <summary>
    /// From <paramref name="previous"/> (the same documents) and the terms whose postings may have changed since:
    /// only the rows holding such a term before or after are made again, and kept as the previous array when equal.
    /// </summary>
    public static NameImpacts Patched(NameImpacts previous, InvertedIndex index, IReadOnlySet<string> changed)
    {
        var lists = new List<(string Term, int Impact)>?[index.Documents];
        var common = IndexSettings.RowTermThreshold(index.Documents);
        var postings = new List<(int Doc, int Impact)>();
        foreach (var term in changed.Order(StringComparer.Ordinal))
        {
            var t = index.IdOf(term);
            if (t >= 0 && Listed(term, index.Count(t), common))
            {
                Add(lists, term, index.PostingList(t, postings));
            }
        }

        var rows = new (string Term, int Impact)[index.Documents][];
        for (var d = 0; d < rows.Length; d++)
        {
            var before = previous.Rows[d];
            if (lists[d] is null && !Holds(before, changed))
            {
                rows[d] = before;
                continue;
            }

            var now = before.Where(p => !changed.Contains(p.Term)).Concat(lists[d] ?? []).OrderBy(p => p.Term, StringComparer.Ordinal).ToArray();
            rows[d] = now.AsSpan().SequenceEqual(before) ? before : now;
        }

        return new NameImpacts(rows);
    }

    /// <summary>Whether <paramref name="row"/> holds one of <paramref name="terms"/> (a loop: no delegate per row).</summary>
    private static bool Holds((string Term, int Impact)[] row, IReadOnlySet<string> terms)
    {
        foreach (var (term, _) in row)
        {
            if (terms.Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Terms of two or more characters (not the single characters, in most names) in more than <paramref name="threshold"/> documents.</summary>
    public static bool Listed(string term, int count, int threshold) => term.Length >= 2 && count > threshold;

    private static void Add(List<(string Term, int Impact)>?[] lists, string term, List<(int Doc, int Impact)> postings)
    {
        foreach (var (doc, impact) in postings)
        {
            if ((impact & 1) != 0)
            {
                (lists[doc] ??= []).Add((term, impact >> 1));
            }
        }
    }
}
