namespace PowerList.Import;

/// <summary>One column of a sheet's data area: its index, what it holds, and its title as written (cleaned).</summary>
public sealed record SheetColumn(int Index, ColumnKind Kind, string Title);
