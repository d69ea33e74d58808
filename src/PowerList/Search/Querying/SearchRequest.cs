namespace PowerList.Search.Querying;

/// <summary>
/// A query with its filters (department id, category code, level name, status: <see cref="InForce"/>,
/// <see cref="Ended"/> or null for all) and the number of hits wanted. Without
/// <see cref="Facets"/> (and without filters) the engine does not read <c>facets.jgz</c> and returns no facet counts:
/// what the first results cost.
/// </summary>
public sealed record SearchRequest(string Query, string? Department = null, string? Category = null, string? Level = null, int Limit = 10, bool Facets = true, string? Status = null)
{
    /// <summary>Status filter 现行: powers in force only.</summary>
    public const string InForce = "in_force";

    /// <summary>Status filter 已调整: ended powers only (取消, 合并, 下放, 转移).</summary>
    public const string Ended = "ended";
}
