using System.Text;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Formatting;

/// <summary>
/// The CSV form (RFC 4180, CRLF, every field quoted when needed): one row per added, removed, moved or replaced
/// entry and one row per changed field. A cell that starts with <c>= + - @</c>, tab or CR gets a leading
/// apostrophe so spreadsheets do not run it as a formula.
/// </summary>
public static class DiffCsv
{
    public static readonly string[] Header =
    [
        "change", "type", "code", "name", "department", "department_name", "category", "category_name",
        "from_department", "from_category", "field", "before", "after", "replaces", "document", "date", "note",
    ];

    public static string Write(ListDiff diff)
    {
        var names = new DiffNames(diff);
        var sb = new StringBuilder();
        Row(sb, Header);
        foreach (var c in diff.All)
        {
            var kind = c.Kind.ToString().ToLowerInvariant();
            string[] Cells(string field, string before, string after) =>
            [
                kind, c.Type, c.Code, c.Name, c.Department, names.Department(c.Department), c.Category, names.Category(c.Category),
                c.FromDepartment, c.FromCategory, field, before, after, string.Join(";", c.Replaces.Select(r => r.Code)),
                c.Document, c.AdjustmentDate, c.Note,
            ];
            if (c.Kind == ChangeKind.Changed)
            {
                foreach (var f in c.Fields)
                {
                    Row(sb, Cells(f.Field, f.Before, f.After));
                }
            }
            else
            {
                Row(sb, Cells("", "", ""));
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
