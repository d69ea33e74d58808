namespace PowerList.Import;

/// <summary>
/// One column of a sheet's data area: its index, what it holds, the title it is known by (cleaned; a second copy
/// of a title is suffixed （2）), the header text as written (cleaned; two header rows joined by /) and, for a
/// <see cref="ColumnKind.Field"/> column, the key of the entry's field it fills.
/// </summary>
public sealed record SheetColumn(int Index, ColumnKind Kind, string Title, string Header = "", string Field = "")
{
    /// <summary>Where the column's text goes.</summary>
    public ColumnSlot Slot => new(Kind, Field);

    /// <summary>The column's letter as a spreadsheet shows it: A … Z, AA, AB ….</summary>
    public string Letter => LetterOf(Index);

    public static string LetterOf(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
