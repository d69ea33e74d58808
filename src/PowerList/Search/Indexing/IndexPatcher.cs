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
            foreach (var (doc, _) in old.PostingList(oldIds[term]))
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

        // The new postings of every touched term.
        var replaced = new Dictionary<string, List<(int Doc, int Impact)>>(StringComparer.Ordinal);
        var norms = after.Select(a =>
        {
            var x = new double[sums.Length];
            model.Norms(a.Lengths, x);
            return x;
        }).ToArray();
        foreach (var term in delta.Keys)
        {
            touched.Add(term);
            var idf = model.Idf(df[term]);
            var added = new List<(int Doc, int Impact)>();
            for (var i = 0; i < changed.Count; i++)
            {
                if (after[i].Counts.TryGetValue(term, out var counts))
                {
                    added.Add((changed[i], model.Impact(idf, counts, norms[i])));
                }
            }

            var impacts = rescored.Contains(term) ? rescoredImpacts[term] : null;
            var postings = new List<(int Doc, int Impact)>(Math.Max(0, df[term]));
            var next = 0;
            if (oldIds[term] >= 0)
            {
                foreach (var (doc, impact) in old.PostingList(oldIds[term]))
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
            replaced.Add(term, postings);
        }

        return new IndexPatch(Assemble(old, replaced, sums), touched, changed.Count, others.Count);
    }

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
    private static InvertedIndex Assemble(InvertedIndex old, Dictionary<string, List<(int Doc, int Impact)>> replaced, long[] sums)
    {
        var added = replaced.Where(p => p.Value.Count > 0 && old.IdOf(p.Key) < 0).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var terms = new List<string>(old.TermCount + added.Count);
        var segments = new List<PostingSegment>(old.TermCount + added.Count);
        var a = 0;
        for (var id = 0; id < old.TermCount; id++)
        {
            var term = old.Terms[id];
            while (a < added.Count && string.CompareOrdinal(added[a], term) < 0)
            {
                terms.Add(added[a]);
                segments.Add(Encode(replaced[added[a++]]));
            }

            if (!replaced.TryGetValue(term, out var list))
            {
                terms.Add(term);
                segments.Add(old.Segment(id));
            }
            else if (list.Count > 0)
            {
                terms.Add(term);
                segments.Add(Encode(list));
            }
        }

        for (; a < added.Count; a++)
        {
            terms.Add(added[a]);
            segments.Add(Encode(replaced[added[a]]));
        }

        return new InvertedIndex(old.Documents, [.. terms], [.. segments], sums);
    }

    private static PostingSegment Encode(List<(int Doc, int Impact)> postings)
    {
        var impacts = new ushort[postings.Count];
        long size = 0;
        var last = 0;
        foreach (var (doc, _) in postings)
        {
            size += Varint.Length((uint)(doc - last));
            last = doc;
        }

        var gaps = new byte[size];
        long position = 0;
        last = 0;
        for (var p = 0; p < postings.Count; p++)
        {
            impacts[p] = (ushort)postings[p].Impact;
            position += Varint.Write(gaps, position, (uint)(postings[p].Doc - last));
            last = postings[p].Doc;
        }

        return new PostingSegment(impacts, 0, impacts.Length, gaps, 0, gaps.LongLength);
    }
}
