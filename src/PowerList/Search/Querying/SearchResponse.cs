namespace PowerList.Search.Querying;

/// <summary>
/// The hits, the number of matching entries after filters, facet counts (each facet counted with the other
/// facets' filters applied) and the index files read, in order. Results that match only part of the query count in
/// <see cref="Total"/> and <see cref="Partial"/>.
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Departments,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<string> FilesRead)
{
    /// <summary>How many of <see cref="Total"/> match only part of the query (shown after the whole matches, marked).</summary>
    public int Partial { get; init; }

    /// <summary>The query with mistyped words corrected from the index's vocabulary (did you mean), or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Counts of the status filter (现行, 已调整) over the matches with the other filters applied; empty without facets.</summary>
    public IReadOnlyList<FacetCount> Statuses { get; init; } = [];
}
