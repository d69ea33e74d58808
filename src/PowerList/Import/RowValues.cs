namespace PowerList.Import;

/// <summary>The cleaned values of one data row: known columns by kind, the others by title (in column order).</summary>
internal sealed class RowValues
{
    public Dictionary<ColumnSlot, string> Known { get; } = [];

    public List<(string Title, string Value)> Extra { get; } = [];

    public string this[ColumnSlot slot] => Known.GetValueOrDefault(slot, "");

    public static RowValues Read(Reading.RawSheet sheet, SheetLayout layout, int row)
    {
        var values = new RowValues();
        foreach (var column in layout.Columns)
        {
            var raw = sheet.Cell(row, column.Index);
            var text = column.Kind is ColumnKind.Code or ColumnKind.CatalogueCode or ColumnKind.SubItemCode or ColumnKind.Seq
                ? TextCleaner.Clean(TextCleaner.ToHalfWidth(raw))
                : TextCleaner.Clean(raw);
            if (text.Length == 0 || column.Kind is ColumnKind.Staff or ColumnKind.Untitled)
            {
                continue; // dropped columns never reach an entry (the report names them)
            }

            if (column.Kind == ColumnKind.Extra)
            {
                values.Extra.Add((column.Title, text));
            }
            else if (!values.Known.TryGetValue(column.Slot, out var existing))
            {
                values.Known[column.Slot] = text;
            }
            else if (("\n" + existing + "\n").Contains("\n" + text + "\n", StringComparison.Ordinal) || NearCopy(existing, text))
            {
                // a second column of the same title with the same text, or a near copy of it (a copied header
                // tail, edited in places): the first column's text is kept once
            }
            else if (ColumnPolicy.Appendable(column.Kind))
            {
                values.Known[column.Slot] = existing + "\n\n" + text; // a paragraph of its own: survives export and re-import
            }
            else
            {
                values.Extra.Add((column.Title, text));
            }
        }

        return values;
    }

    /// <summary>
    /// True when two texts are near copies: at least 90% of their two-character pairs (punctuation and spaces
    /// ignored) are shared (Dice coefficient). A copied column edited in a comma or a line is one; another text is not.
    /// </summary>
    public static bool NearCopy(string a, string b)
    {
        var x = Pairs(a);
        var y = Pairs(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return false;
        }

        var total = 0;
        var shared = 0;
        foreach (var (pair, n) in x)
        {
            total += n;
            shared += Math.Min(n, y.GetValueOrDefault(pair));
        }

        total += y.Values.Sum();
        return 2.0 * shared / total >= 0.9;
    }

    private static Dictionary<(char, char), int> Pairs(string text)
    {
        var letters = text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray();
        var pairs = new Dictionary<(char, char), int>();
        for (var i = 1; i < letters.Length; i++)
        {
            var key = (letters[i - 1], letters[i]);
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        return pairs;
    }
}
