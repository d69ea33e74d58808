namespace PowerList.Search.Querying;

/// <summary>
/// The hits, the number of matching entries after filters, facet counts (each facet counted with the other
/// facets' filters applied) and the index files read, in order.
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Departments,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<string> FilesRead)
{
    /// <summary>Counts of the status filter (现行, 已调整) over the matches with the other filters applied; empty without facets.</summary>
    public IReadOnlyList<FacetCount> Statuses { get; init; } = [];
}
