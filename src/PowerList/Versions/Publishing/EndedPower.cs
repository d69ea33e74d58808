using System.Collections.Immutable;

namespace PowerList.Versions.Publishing;

/// <summary>
/// One power that is no longer in force, as the site states it: recorded in the lists (an entry's <c>ended:</c>, in
/// the current lists or, for a code since deleted, in the newest release that has it) or, for a code deleted without
/// a record, inferred from the releases' comparisons (<see cref="Recorded"/> false).
/// </summary>
public sealed record EndedPower
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string Department { get; init; } = "";

    public string Category { get; init; } = "";

    /// <summary>A <see cref="Model.EntryStatus"/> id other than in force.</summary>
    public string Status { get; init; } = "";

    /// <summary>取消, 合并, 下放 or 转移 (or the type a comparison gave a deleted code).</summary>
    public string Type { get; init; } = "";

    public string Date { get; init; } = "";

    public string Document { get; init; } = "";

    public string Reason { get; init; } = "";

    public string To { get; init; } = "";

    public ImmutableArray<string> Successors { get; init; } = [];

    /// <summary>True when the lists record the ending (<c>ended:</c>); false when inferred from the releases.</summary>
    public bool Recorded { get; init; }

    /// <summary>Still in the current lists (its page is the entry page with its status); else only in releases.</summary>
    public bool InCurrentLists { get; init; }

    /// <summary>The newest release whose copy of the site has its last published text; empty when none.</summary>
    public string LastRelease { get; init; } = "";
}
