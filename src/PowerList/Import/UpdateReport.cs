using System.Collections.Immutable;

namespace PowerList.Import;

/// <summary>What a re-import did to the existing lists: entries added, changed and removed (codes and names).</summary>
public sealed record UpdateReport(
    ImmutableArray<(string Code, string Name)> Added,
    ImmutableArray<(string Code, string Name)> Changed,
    ImmutableArray<(string Code, string Name)> Removed,
    int Unchanged);
