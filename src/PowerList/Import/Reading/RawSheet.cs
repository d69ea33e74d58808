using System.Collections.Immutable;

namespace PowerList.Import.Reading;

/// <summary>
/// One sheet as read: a rectangular grid of cell texts (row-major, 0-based) in which every cell of a merged range
/// already carries the range's value, and for each cell whether that value came from a merge.
/// </summary>
public sealed record RawSheet(string Name, ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<CellSpan> Merges)
{
    public int RowCount => Rows.Length;

    public int ColumnCount => Rows.IsEmpty ? 0 : Rows.Max(r => r.Length);

    public string Cell(int row, int column) =>
        row >= 0 && row < Rows.Length && column >= 0 && column < Rows[row].Length ? Rows[row][column] : "";

    /// <summary>The merged range that covers a cell, or null.</summary>
    public CellSpan? MergeAt(int row, int column)
    {
        foreach (var span in Merges)
        {
            if (span.Contains(row, column))
            {
                return span;
            }
        }

        return null;
    }

    public bool IsEmptyRow(int row) => row < 0 || row >= Rows.Length || Rows[row].All(c => c.Trim().Length == 0);
}
