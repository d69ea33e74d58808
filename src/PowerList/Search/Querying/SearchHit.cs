namespace PowerList.Search.Querying;

/// <summary>One result: <see cref="Url"/> is relative to the site root (<c>entry/CODE/</c>);
/// <see cref="Status"/> is a <see cref="Model.EntryStatus"/> id.</summary>
public sealed record SearchHit(int Doc, string Code, string Name, string Department, string Category, string Url, int Score, Snippet Snippet, string Status = Model.EntryStatus.InForce)
{
    /// <summary>The entry matches only part of the query (部分匹配).</summary>
    public bool Partial { get; init; }

    /// <summary>The entry's 办事指南 page on the government service network (一张网), or empty.</summary>
    public string GuideUrl { get; init; } = "";

    /// <summary>The entry's 在线办理 page on the government service network, or empty.</summary>
    public string OnlineUrl { get; init; } = "";

    /// <summary>A portal's index: the entry's department within its jurisdiction (<see cref="Indexing.SearchDocument.Unit"/>); else empty.</summary>
    public string Unit { get; init; } = "";
}
