namespace PowerList.Search.Querying;

/// <summary>
/// A query with its filters (department id, category code, level name) and the number of hits wanted. Without
/// <see cref="Facets"/> (and without filters) the engine does not read <c>facets.jgz</c> and returns no facet counts:
/// what the first results cost.
/// </summary>
public sealed record SearchRequest(string Query, string? Department = null, string? Category = null, string? Level = null, int Limit = 10, bool Facets = true);
