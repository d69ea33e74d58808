using System.Text;

namespace PowerList.Tabular;

/// <summary>How a sheet cell's text is compared: column titles, category and level names, yes/no values.</summary>
public static class CellText
{
    /// <summary>Removes whitespace (also inside the title) and makes brackets and colons half-width.</summary>
    public static string Normalize(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var ch in title)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u3000' || ch == '*' || ch == '＊')
            {
                continue;
            }

            sb.Append(ch switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                _ => ch,
            });
        }

        return sb.ToString().TrimEnd(':');
    }
}
