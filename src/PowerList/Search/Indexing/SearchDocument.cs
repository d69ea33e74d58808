namespace PowerList.Search.Indexing;

/// <summary>
/// One public entry as the search index sees it: display data and the text of each <see cref="SearchField"/>;
/// <see cref="Status"/> is its index in <see cref="Model.EntryStatus.All"/> (0: in force); <see cref="GuideUrl"/> and
/// <see cref="OnlineUrl"/> are its 一张网 links (办事指南, 在线办理), empty unless a valid http(s) URL. <see cref="Unit"/>:
/// in a portal's index, whose departments are jurisdictions (<see cref="Portal.PortalSearchIndex"/>), the name of the
/// entry's department within its jurisdiction; empty in a site's own index.
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
    int Status = 0,
    string GuideUrl = "",
    string OnlineUrl = "",
    string Unit = "");
