using System.Collections.Immutable;
using PowerList.Model;
using PowerList.Search.Indexing;

namespace PowerList.Search.Contributor;

/// <summary>
/// What the search stage keeps between builds of a long-running process (<c>serve</c>, slot "search" of
/// <see cref="Site.Pipeline.WarmBuild.Search"/>): the documents and inverted index of the previous build, the laws they
/// were read with, and what the index writer remembers (<see cref="IndexFilesMemory"/>). The next build patches that
/// index (<see cref="IndexPatcher"/>) when only a few documents changed.
/// </summary>
internal sealed class WarmSearch
{
    public IReadOnlyList<SearchDocument>? Documents { get; set; }

    public InvertedIndex? Index { get; set; }

    public ImmutableArray<Law> Laws { get; set; } = [];

    public IndexFilesMemory Files { get; } = new();

    public ExtractionMemory Extraction { get; } = new();

    /// <summary>
    /// The ids of the documents of <paramref name="docs"/> that differ from the previous build's, ascending; null when
    /// the previous index cannot be patched into theirs (no previous build, other laws, documents added, deleted or
    /// renamed, or too many changed for a patch to pay).
    /// </summary>
    public List<int>? Changed(ImmutableArray<Law> laws, IReadOnlyList<SearchDocument> docs)
    {
        if (Index is null || Documents is not { } old || old.Count != docs.Count || !laws.AsSpan().SequenceEqual(Laws.AsSpan(), ReferenceEqualityComparer.Instance))
        {
            return null;
        }

        var changed = new List<int>();
        for (var i = 0; i < docs.Count; i++)
        {
            if (!string.Equals(old[i].Code, docs[i].Code, StringComparison.Ordinal))
            {
                return null;
            }

            if (!Same(old[i], docs[i]))
            {
                changed.Add(i);
                if (changed.Count > Math.Max(16, docs.Count / 20))
                {
                    return null;
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// The inverted index of <paramref name="docs"/>, the one way both a site's search stage
    /// (<see cref="SearchIndexContributor"/>) and a portal's index (<c>Portal/PortalSearchIndex</c>) make it: with
    /// <paramref name="warm"/> (serve), the previous build's patched (<see cref="IndexPatcher"/>) when
    /// <see cref="Changed"/> allows it and the patch applies, else built in full, and remembered for the next build;
    /// without, built in full.
    /// </summary>
    internal static IndexUpdate MakeIndex(WarmSearch? warm, ImmutableArray<Law> laws, IReadOnlyList<SearchDocument> docs)
    {
        if (warm is null)
        {
            return new IndexUpdate(IndexBuilder.Build(docs), null, null);
        }

        var changed = warm.Changed(laws, docs);
        var patch = changed is null ? null : IndexPatcher.TryPatch(warm.Index!, docs, changed, warm.Documents!);
        var index = patch?.Index ?? IndexBuilder.Build(docs);
        warm.Documents = docs;
        warm.Index = index;
        warm.Laws = laws;
        return new IndexUpdate(index, patch, changed?.Count);
    }

    // Same entry content, same names, same laws: the same texts, not analysed again (entries of a list file read
    // again are new objects, mostly with the content they had).
    private static bool Same(SearchDocument a, SearchDocument b) =>
        a.Fields is EntryFields x && b.Fields is EntryFields y ? x.SameContent(y) : a.Fields.SequenceEqual(b.Fields, StringComparer.Ordinal);
}
