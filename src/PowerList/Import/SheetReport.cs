using System.Collections.Immutable;

namespace PowerList.Import;

/// <summary>
/// What became of one sheet's rows: <see cref="Entries"/> rows started an entry, <see cref="Merged"/> rows were
/// merged into the entry above, <see cref="Skipped"/> rows were left out with a reason. Together they account
/// for every non-empty row (<see cref="NonEmptyRows"/>).
/// </summary>
public sealed record SheetReport(
    string Sheet,
    int NonEmptyRows,
    int Entries,
    int Merged,
    ImmutableArray<SkippedRow> Skipped,
    ImmutableArray<string> ExtraColumns,
    ImmutableDictionary<string, int> EntriesByCategory)
{
    public int EmptyRows { get; init; }

    public bool IsAccounted => Entries + Merged + Skipped.Length == NonEmptyRows;
}
