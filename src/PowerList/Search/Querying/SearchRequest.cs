namespace PowerList.Search.Querying;

/// <summary>A query with its filters (department id, category code, level name) and the number of hits wanted.</summary>
public sealed record SearchRequest(string Query, string? Department = null, string? Category = null, string? Level = null, int Limit = 10);
