namespace PowerList.Import;

/// <summary>The cleaned values of one data row: known columns by kind, the others by title (in column order).</summary>
internal sealed class RowValues
{
    public Dictionary<ColumnKind, string> Known { get; } = [];

    public List<(string Title, string Value)> Extra { get; } = [];

    public string this[ColumnKind kind] => Known.GetValueOrDefault(kind, "");

    public static RowValues Read(Reading.RawSheet sheet, SheetLayout layout, int row)
    {
        var values = new RowValues();
        foreach (var column in layout.Columns)
        {
            var raw = sheet.Cell(row, column.Index);
            var text = column.Kind is ColumnKind.Code or ColumnKind.SubItemCode or ColumnKind.Seq
                ? TextCleaner.Clean(TextCleaner.ToHalfWidth(raw))
                : TextCleaner.Clean(raw);
            if (column.Kind == ColumnKind.Extra)
            {
                if (text.Length > 0)
                {
                    values.Extra.Add((column.Title, text));
                }
            }
            else if (text.Length > 0)
            {
                values.Known[column.Kind] = text;
            }
        }

        return values;
    }
}
