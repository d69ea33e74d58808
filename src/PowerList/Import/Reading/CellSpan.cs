namespace PowerList.Import.Reading;

/// <summary>A merged cell range, 0-based and inclusive.</summary>
public readonly record struct CellSpan(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    public bool Contains(int row, int column) =>
        row >= FromRow && row <= ToRow && column >= FromColumn && column <= ToColumn;
}
