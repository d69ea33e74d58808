using System.Collections.Immutable;

namespace PowerList.Import;

/// <summary>
/// What became of one sheet's rows: <see cref="Entries"/> rows started an entry, <see cref="Merged"/> rows were
/// merged into the entry above, <see cref="Skipped"/> rows were left out with a reason. Together they account
/// for every non-empty row (<see cref="NonEmptyRows"/>). <see cref="Columns"/> says what became of each column
/// (mapped to a field, kept in <c>extra</c>, or dropped with the reason).
/// </summary>
public sealed record SheetReport(
    string Sheet,
    int NonEmptyRows,
    int Entries,
    int Merged,
    ImmutableArray<SkippedRow> Skipped,
    ImmutableArray<ColumnReport> Columns,
    ImmutableDictionary<string, int> EntriesByCategory)
{
    public int EmptyRows { get; init; }

    /// <summary>Values the import could read only one safe way (an unknown 是否公开 mark: not public), by row.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The <c>extra</c> keys of the columns kept there (that hold data).</summary>
    public IEnumerable<string> ExtraColumns => Columns.Where(c => c.Fate == ColumnFate.Extra && c.HasData).Select(c => c.Target);
}
