namespace PowerList.Tabular;

/// <summary>
/// CSV formula injection: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is run
/// as a formula by Excel and LibreOffice (<c>=HYPERLINK(…)</c>, <c>=cmd|…</c>). <see cref="Guard"/> puts an apostrophe
/// in front, as spreadsheets themselves do for text; <see cref="Unguard"/> removes it again when a CSV is imported.
/// </summary>
public static class FormulaGuard
{
    public static bool IsRisky(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Risky, or apostrophes followed by something risky (so text that already starts with "'=" survives a round trip).</summary>
    public static bool NeedsGuard(string value)
    {
        var i = 0;
        while (i < value.Length && value[i] == '\'')
        {
            i++;
        }

        return IsRisky(value[i..]);
    }

    public static string Guard(string value) => NeedsGuard(value) ? "'" + value : value;

    public static string Unguard(string value) => value.Length > 1 && value[0] == '\'' && NeedsGuard(value[1..]) ? value[1..] : value;
}
