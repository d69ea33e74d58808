namespace PowerList.Search.Indexing;

/// <summary>
/// One public entry as the search index sees it: display data and the text of each <see cref="SearchField"/>;
/// <see cref="Status"/> is its index in <see cref="Model.EntryStatus.All"/> (0: in force).
/// </summary>
public sealed record SearchDocument(
    string Code,
    string Name,
    int Department,
    int Category,
    int LevelMask,
    string Snippet,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Codes,
    int Status = 0);
