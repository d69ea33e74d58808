using PowerList.Search.Indexing;

namespace PowerList.Search.Contributor;

/// <summary>
/// An inverted index as <see cref="WarmSearch.MakeIndex"/> made it: patched from the previous build's (<see cref="Patch"/>),
/// or built in full, and how many documents were read again (changed since the previous build; null: no previous
/// build could be patched, or none kept).
/// </summary>
internal sealed record IndexUpdate(InvertedIndex Index, IndexPatch? Patch, int? ReadAgain)
{
    /// <summary>The <c>[timing]</c> mark of this step (<c>POWERLIST_TIMINGS=1</c>).</summary>
    public string Mark => (ReadAgain, Patch) switch
    {
        (null, _) => "search: inverted index",
        ({ } n, null) => $"search: inverted index ({n} documents read again, not patched)",
        ({ } n, { } p) => $"search: inverted index (patched: {p.Changed} of {n} documents read again changed, {p.Touched.Count} terms, {p.Rescanned} documents rescanned)",
    };
}
