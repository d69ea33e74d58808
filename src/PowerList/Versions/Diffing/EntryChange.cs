using System.Collections.Immutable;

namespace PowerList.Versions.Diffing;

/// <summary>
/// One change of one entry between two versions. <see cref="Department"/> and <see cref="Category"/> are the
/// entry's place in the newer version (the older one for removed entries); moves also carry the old place.
/// <see cref="Type"/> is 新增, 取消, 下放, 调整 or 合并: from the adjustment note dated within the compared period
/// (<see cref="Document"/>, <see cref="AdjustmentDate"/>, <see cref="Note"/>), else inferred (<see cref="Inferred"/>).
/// </summary>
public sealed record EntryChange
{
    public ChangeKind Kind { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string Department { get; init; } = "";

    public string Category { get; init; } = "";

    public string Type { get; init; } = "";

    public bool Inferred { get; init; }

    public string Document { get; init; } = "";

    public string AdjustmentDate { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>Moves: where the entry was.</summary>
    public string FromDepartment { get; init; } = "";

    public string FromCategory { get; init; } = "";

    /// <summary>Changed: the fields that differ, in field order.</summary>
    public ImmutableArray<FieldChange> Fields { get; init; } = [];

    /// <summary>Replaced: the old entries this one replaces.</summary>
    public ImmutableArray<EntryRef> Replaces { get; init; } = [];
}
