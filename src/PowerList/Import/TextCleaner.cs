using System.Text;
using System.Text.RegularExpressions;

namespace PowerList.Import;

/// <summary>
/// Cleans cell text without losing meaning: line ends unified, padding spaces trimmed, runs of spaces collapsed
/// to one, a hard line break that splits a word or a sentence joined, real paragraph breaks (a blank line, or a
/// line that ends a sentence or starts a list item, article or citation) kept.
/// </summary>
public static partial class TextCleaner
{
    private const string SentenceEnds = "。；;：:！!？?）)】」』”\"…";

    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(CollapseSpaces)
            .ToList();
        var sb = new StringBuilder(text.Length);
        var pendingBlank = false;
        var previous = "";
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                pendingBlank = sb.Length > 0;
                continue;
            }

            if (sb.Length == 0)
            {
                sb.Append(line);
            }
            else if (pendingBlank)
            {
                sb.Append("\n\n").Append(line);
            }
            else if (JoinsPrevious(previous, line))
            {
                if (IsAsciiWord(previous[^1]) && IsAsciiWord(line[0]))
                {
                    sb.Append(' ');
                }

                sb.Append(line);
            }
            else
            {
                sb.Append('\n').Append(line);
            }

            previous = LastLine(sb);
            pendingBlank = false;
        }

        return sb.ToString();
    }

    /// <summary>A header title: all whitespace and line breaks removed.</summary>
    public static string CleanHeader(string text) => HeaderSpace().Replace(text, "");

    /// <summary>Codes: trimmed, spaces removed, full-width digits and letters made ASCII, letters uppercased.</summary>
    public static string CleanCode(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in ToHalfWidth(text))
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(char.ToUpperInvariant(ch));
            }
        }

        return sb.ToString();
    }

    /// <summary>Full-width ASCII forms (０-９, Ａ-Ｚ, －, …) to their ASCII counterparts; the ideographic space to a space.</summary>
    public static string ToHalfWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var ch = chars[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E')
            {
                chars[i] = (char)(ch - 0xFEE0);
            }
            else if (ch == '\u3000')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static string LastLine(StringBuilder sb)
    {
        var s = sb.ToString();
        var i = s.LastIndexOf('\n');
        return i < 0 ? s : s[(i + 1)..];
    }

    private static bool JoinsPrevious(string previous, string line)
    {
        var last = previous[^1];
        if (SentenceEnds.Contains(last))
        {
            return false;
        }

        return !StartsBlock().IsMatch(line);
    }

    private static bool IsAsciiWord(char ch) => ch < 128 && char.IsLetterOrDigit(ch);

    private static string CollapseSpaces(string line) => Spaces().Replace(line, " ").Trim();

    [GeneratedRegex(@"[ \t\u00A0\u3000\u2002\u2003\u2009]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex HeaderSpace();

    /// <summary>A line that starts a list item, an article, a citation or a heading.</summary>
    [GeneratedRegex(@"^(?:[0-9０-９]+[.、．)）]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十百千零〇0-9]+[条章节款项]|【|《|[①-⑳]|[-•·●◆■]|\d+\s)")]
    private static partial Regex StartsBlock();
}
