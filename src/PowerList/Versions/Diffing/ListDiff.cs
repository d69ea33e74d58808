using System.Collections.Immutable;

namespace PowerList.Versions.Diffing;

/// <summary>
/// The comparison of two versions. Each array is sorted by code (ordinal). Only entries public in both versions'
/// sense appear. An entry that moved and also changed fields is in both <see cref="Moved"/> and
/// <see cref="Changed"/>, with the same type.
/// </summary>
public sealed record ListDiff(
    VersionSide From,
    VersionSide To,
    ImmutableArray<EntryChange> Added,
    ImmutableArray<EntryChange> Removed,
    ImmutableArray<EntryChange> Changed,
    ImmutableArray<EntryChange> Moved,
    ImmutableArray<EntryChange> Replaced)
{
    /// <summary>Every change, in the order added, removed, changed, moved, replaced.</summary>
    public IEnumerable<EntryChange> All => Added.Concat(Removed).Concat(Changed).Concat(Moved).Concat(Replaced);

    /// <summary>Each changed entry once (code → its type), for counts by type.</summary>
    public IEnumerable<EntryChange> Distinct =>
        All.GroupBy(c => c.Code, StringComparer.Ordinal).Select(g => g.First()).OrderBy(c => c.Code, StringComparer.Ordinal);

    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty && Moved.IsEmpty && Replaced.IsEmpty;
}
