using System.Collections.Concurrent;

namespace PowerList.Search.Indexing;

/// <summary>
/// Updates an inverted index for a few changed documents instead of building it again (<c>serve</c>, after an edit):
/// the result is the index <see cref="IndexBuilder.Build"/> gives for the new documents, byte for byte.
/// <para>
/// Applies when the documents are the same in number and order (same codes at the same ids: an edit, not an added,
/// deleted or renamed entry) and the quantized field averages of <see cref="ImpactModel"/> do not move. Then only the
/// terms of the changed documents (old and new texts) change: the changed documents' postings are taken out and put
/// back with their new impacts; a term whose document frequency crosses an idf bucket has every posting rescored,
/// which needs the texts of its other documents scanned again. Every other term's postings are copied as they are.
/// </para>
/// </summary>
internal static class IndexPatcher
{
    /// <summary>
    /// The index of <paramref name="newDocs"/>, from <paramref name="old"/> (the index of <paramref name="oldDocs"/>)
    /// and the ids of the documents that differ (<paramref name="changed"/>, ascending); null when the patch does not
    /// apply or would cost about as much as a full build.
    /// </summary>
    public static IndexPatch? TryPatch(
        InvertedIndex old, IReadOnlyList<SearchDocument> newDocs, IReadOnlyList<int> changed, IReadOnlyList<SearchDocument> oldDocs)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var n = old.Documents;
        if (newDocs.Count != n || oldDocs.Count != n)
        {
            return null;
        }

        // Documents of a file that was read again may have the same texts: they are not changed for the index.
        var analysed = changed.Select(c => (Doc: c, Before: DocumentTerms.Of(oldDocs[c]), After: DocumentTerms.Of(newDocs[c])))
            .Where(x => !x.Before.SameAs(x.After))
            .ToArray();
        changed = analysed.Select(x => x.Doc).ToArray();
        var before = analysed.Select(x => x.Before).ToArray();
        var after = analysed.Select(x => x.After).ToArray();
        var sums = (long[])old.LengthSums.Clone();
        for (var i = 0; i < changed.Count; i++)
        {
            for (var f = 0; f < sums.Length; f++)
            {
                sums[f] += after[i].Lengths[f] - before[i].Lengths[f];
            }
        }

        var model = new ImpactModel(n, sums);
        if (!model.SameAs(new ImpactModel(n, old.LengthSums)))
        {
            return null;
        }

        // Document frequency changes of the changed documents' terms.
        var delta = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in before)
        {
            foreach (var term in terms.Counts.Keys)
            {
                delta[term] = delta.GetValueOrDefault(term) - 1;
            }
        }

        foreach (var terms in after)
        {
            foreach (var term in terms.Counts.Keys)
            {
                delta[term] = delta.GetValueOrDefault(term) + 1;
            }
        }

        var changedSet = changed.ToHashSet();
        var oldIds = delta.Keys.ToDictionary(t => t, old.IdOf, StringComparer.Ordinal);
        var df = delta.ToDictionary(p => p.Key, p => (oldIds[p.Key] >= 0 ? old.Count(oldIds[p.Key]) : 0) + p.Value, StringComparer.Ordinal);
        var rescored = delta
            .Where(p => p.Value != 0 && oldIds[p.Key] >= 0 && df[p.Key] > 0
                && ImpactModel.DfBucket(df[p.Key]) != ImpactModel.DfBucket(old.Count(oldIds[p.Key])))
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        var others = new SortedSet<int>();
        foreach (var term in rescored)
        {
            foreach (var (doc, _) in old.PostingList(oldIds[term], decoded ??= []))
            {
                if (!changedSet.Contains(doc))
                {
                    others.Add(doc);
                }
            }
        }

        if (others.Count > n / 2)
        {
            return null;
        }

        var rescoredImpacts = Rescore(newDocs, others, rescored, df, model);

        // The new postings of every touched term (null: the term is gone).
        var norms = after.Select(a =>
        {
            var x = new double[sums.Length];
            model.Norms(a.Lengths, x);
            return x;
        }).ToArray();
        var touchedTerms = delta.Keys.ToArray();
        var segments = new PostingSegment?[touchedTerms.Length];
        var same = new bool[touchedTerms.Length];
        Parallel.For(0, touchedTerms.Length, k =>
        {
            var term = touchedTerms[k];
            var idf = model.Idf(df[term]);
            var added = new List<(int Doc, int Impact)>();
            var sameDocs = oldIds[term] >= 0 && !rescored.Contains(term);
            for (var i = 0; i < changed.Count; i++)
            {
                var has = after[i].Counts.TryGetValue(term, out var counts);
                sameDocs &= has == before[i].Counts.ContainsKey(term);
                if (has)
                {
                    added.Add((changed[i], model.Impact(idf, counts!, norms[i])));
                }
            }

            if (sameDocs)
            {
                segments[k] = PostingSegments.WithImpacts(old.Segment(oldIds[term]), added, out same[k]);
                return;
            }

            var impacts = rescored.Contains(term) ? rescoredImpacts[term] : null;
            var postings = merged ??= [];
            postings.Clear();
            postings.EnsureCapacity(df[term]);
            var next = 0;
            if (oldIds[term] >= 0)
            {
                foreach (var (doc, impact) in old.PostingList(oldIds[term], decoded ??= []))
                {
                    while (next < added.Count && added[next].Doc < doc)
                    {
                        postings.Add(added[next++]);
                    }

                    if (!changedSet.Contains(doc))
                    {
                        postings.Add((doc, impacts is null ? impact : impacts[doc]));
                    }
                }
            }

            postings.AddRange(added.Skip(next));
            segments[k] = postings.Count == 0 ? null : PostingSegments.Encode(postings);
            postings.Clear();
            decoded?.Clear();
        });

        var replaced = new Dictionary<string, PostingSegment?>(StringComparer.Ordinal);
        for (var k = 0; k < touchedTerms.Length; k++)
        {
            if (!same[k])
            {
                touched.Add(touchedTerms[k]);
                replaced.Add(touchedTerms[k], segments[k]);
            }
        }

        return new IndexPatch(Assemble(old, replaced, sums), touched, changed.Count, others.Count);
    }

    // The thread's merge and decoding lists, reused from term to term and from edit to edit: a common term's lists are
    // large objects, and two per term would spend the large object heap's budget in every warm edit.
    [ThreadStatic]
    private static List<(int Doc, int Impact)>? merged;

    [ThreadStatic]
    private static List<(int Doc, int Impact)>? decoded;

    /// <summary>The new impacts of the <paramref name="rescored"/> terms in the documents <paramref name="docs"/>: term → doc → impact.</summary>
    private static Dictionary<string, Dictionary<int, int>> Rescore(
        IReadOnlyList<SearchDocument> newDocs, SortedSet<int> docs, HashSet<string> rescored, Dictionary<string, int> df, ImpactModel model)
    {
        var result = rescored.ToDictionary(t => t, _ => new Dictionary<int, int>(), StringComparer.Ordinal);
        var idf = rescored.ToDictionary(t => t, t => model.Idf(df[t]), StringComparer.Ordinal);
        var found = new ConcurrentBag<(string Term, int Doc, int Impact)>();
        Parallel.ForEach(docs, doc =>
        {
            var terms = DocumentTerms.Of(newDocs[doc]);
            var norms = new double[terms.Lengths.Length];
            model.Norms(terms.Lengths, norms);
            foreach (var term in rescored)
            {
                if (terms.Counts.TryGetValue(term, out var counts))
                {
                    found.Add((term, doc, model.Impact(idf[term], counts, norms)));
                }
            }
        });
        foreach (var (term, doc, impact) in found)
        {
            result[term][doc] = impact;
        }

        return result;
    }

    /// <summary>
    /// The new index: the terms not in <paramref name="replaced"/> share their postings with <paramref name="old"/>;
    /// the others get their new lists (empty: the term goes).
    /// </summary>
    private static InvertedIndex Assemble(InvertedIndex old, Dictionary<string, PostingSegment?> replaced, long[] sums)
    {
        var added = replaced.Where(p => p.Value is not null && old.IdOf(p.Key) < 0).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var terms = new List<string>(old.TermCount + added.Count);
        var segments = new List<PostingSegment>(old.TermCount + added.Count);
        var a = 0;
        for (var id = 0; id < old.TermCount; id++)
        {
            var term = old.Terms[id];
            while (a < added.Count && string.CompareOrdinal(added[a], term) < 0)
            {
                terms.Add(added[a]);
                segments.Add(replaced[added[a++]]!.Value);
            }

            if (!replaced.TryGetValue(term, out var segment))
            {
                terms.Add(term);
                segments.Add(old.Segment(id));
            }
            else if (segment is { } kept)
            {
                terms.Add(term);
                segments.Add(kept);
            }
        }

        for (; a < added.Count; a++)
        {
            terms.Add(added[a]);
            segments.Add(replaced[added[a]]!.Value);
        }

        return new InvertedIndex(old.Documents, [.. terms], [.. segments], sums);
    }
}
