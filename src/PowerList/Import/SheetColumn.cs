namespace PowerList.Import;

/// <summary>
/// One column of a sheet's data area: its index, what it holds, the title it is known by (cleaned; a second copy
/// of a title is suffixed （2）) and the header text as written (cleaned; two header rows joined by /).
/// </summary>
public sealed record SheetColumn(int Index, ColumnKind Kind, string Title, string Header = "")
{
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
