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
    /// From <paramref name="previous"/> (the same documents) and the terms whose postings may have changed since: a
    /// row is made again only when it differs, i.e. when a changed term's name impact in that document is not the one
    /// its row holds, or its row holds a changed term the document no longer has in its name; every other row is the
    /// previous array. (A term common in names, such as 处罚, is touched by most edits: comparing costs a pass over its
    /// postings, not a new row for every document holding it.)
    /// </summary>
    public static NameImpacts Patched(NameImpacts previous, InvertedIndex index, IReadOnlySet<string> changed)
    {
        var common = IndexSettings.RowTermThreshold(index.Documents);
        var postings = new List<(int Doc, int Impact)>();
        var listed = new List<(string Term, int Id)>();
        foreach (var term in changed.Order(StringComparer.Ordinal))
        {
            var t = index.IdOf(term);
            if (t >= 0 && Listed(term, index.Count(t), common))
            {
                listed.Add((term, t));
            }
        }

        // Per document: the changed terms found in its name with the impact its row holds, and whether one differs.
        var confirmed = new int[index.Documents];
        var differs = new bool[index.Documents];
        foreach (var (term, t) in listed)
        {
            foreach (var (doc, impact) in index.PostingList(t, postings))
            {
                if ((impact & 1) != 0)
                {
                    if (ImpactIn(previous.Rows[doc], term) == impact >> 1)
                    {
                        confirmed[doc]++;
                    }
                    else
                    {
                        differs[doc] = true;
                    }
                }
            }
        }

        var rows = new (string Term, int Impact)[index.Documents][];
        var remade = new List<int>();
        for (var d = 0; d < rows.Length; d++)
        {
            rows[d] = previous.Rows[d];
            if (differs[d] || Count(previous.Rows[d], changed) != confirmed[d])
            {
                remade.Add(d);
            }
        }

        if (remade.Count == 0)
        {
            return new NameImpacts(rows);
        }

        var lists = new Dictionary<int, List<(string Term, int Impact)>>(remade.Count);
        foreach (var d in remade)
        {
            lists[d] = [.. previous.Rows[d].Where(p => !changed.Contains(p.Term))];
        }

        foreach (var (term, t) in listed)
        {
            foreach (var (doc, impact) in index.PostingList(t, postings))
            {
                if ((impact & 1) != 0 && lists.TryGetValue(doc, out var list))
                {
                    list.Add((term, impact >> 1));
                }
            }
        }

        foreach (var (d, list) in lists)
        {
            var now = list.OrderBy(p => p.Term, StringComparer.Ordinal).ToArray();
            rows[d] = now.AsSpan().SequenceEqual(rows[d]) ? rows[d] : now;
        }

        return new NameImpacts(rows);
    }

    /// <summary>The impact <paramref name="row"/> holds for <paramref name="term"/>, or −1.</summary>
    private static int ImpactIn((string Term, int Impact)[] row, string term)
    {
        foreach (var (t, impact) in row)
        {
            if (string.Equals(t, term, StringComparison.Ordinal))
            {
                return impact;
            }
        }

        return -1;
    }

    /// <summary>How many of <paramref name="row"/>'s terms are among <paramref name="terms"/>.</summary>
    private static int Count((string Term, int Impact)[] row, IReadOnlySet<string> terms)
    {
        var count = 0;
        foreach (var (term, _) in row)
        {
            if (terms.Contains(term))
            {
                count++;
            }
        }

        return count;
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
