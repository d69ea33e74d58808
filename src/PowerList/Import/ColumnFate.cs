namespace PowerList.Import;

/// <summary>What became of a sheet's column: its values went to a field, to <c>extra</c>, or nowhere.</summary>
public enum ColumnFate
{
    Mapped,
    Extra,
    Dropped,
}
