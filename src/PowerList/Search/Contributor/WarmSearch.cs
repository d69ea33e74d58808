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

    /// <summary>
    /// Whether the documents are kept without their index (<see cref="Site.Pipeline.WarmBuild.DeferSearchIndex"/>: serve's
    /// first build), for <see cref="CompleteIndex"/> to make once the build's own memory is let go.
    /// </summary>
    public bool IndexPending => Index is null && Documents is not null;

    /// <summary>
    /// Makes the index of the kept documents when it was not kept (<see cref="IndexPending"/>): the same index the build
    /// made (<see cref="IndexBuilder.Build"/> of the same documents), so the next build patches it. Returns whether it did.
    /// </summary>
    public bool CompleteIndex()
    {
        if (!IndexPending)
        {
            return false;
        }

        Index = IndexBuilder.Build(Documents!);
        return true;
    }

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
    /// The inverted index of <paramref name="docs"/>: the previous build's patched (<see cref="IndexPatcher"/>) when
    /// <see cref="Changed"/> allows it and the patch applies, else built in full; remembered for the next build.
    /// </summary>
    /// <returns>The index, and the patch it came from (null: built in full).</returns>
    internal (InvertedIndex Index, IndexPatch? Patch) Update(ImmutableArray<Law> laws, IReadOnlyList<SearchDocument> docs)
    {
        var patch = Changed(laws, docs) is { } changed ? IndexPatcher.TryPatch(Index!, docs, changed, Documents!) : null;
        var index = patch?.Index ?? IndexBuilder.Build(docs);
        Documents = docs;
        Index = index;
        Laws = laws;
        return (index, patch);
    }

    // Same entry content, same names, same laws: the same texts, not analysed again (entries of a list file read
    // again are new objects, mostly with the content they had).
    private static bool Same(SearchDocument a, SearchDocument b) =>
        a.Fields is EntryFields x && b.Fields is EntryFields y ? x.SameContent(y) : a.Fields.SequenceEqual(b.Fields, StringComparer.Ordinal);
}
