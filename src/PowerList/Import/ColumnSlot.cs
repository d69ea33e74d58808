namespace PowerList.Import;

/// <summary>
/// Where a column's text goes in a row and a draft: its <see cref="ColumnKind"/>, and for <see cref="ColumnKind.Field"/>
/// the key of the entry's text field (from the field table) it fills as it is.
/// </summary>
public readonly record struct ColumnSlot(ColumnKind Kind, string Field = "")
{
    public static implicit operator ColumnSlot(ColumnKind kind) => new(kind);
}
