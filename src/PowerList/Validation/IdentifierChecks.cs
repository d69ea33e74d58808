using System.Text.RegularExpressions;
using PowerList.Format;

namespace PowerList.Validation;

/// <summary>
/// Why a code or id is not acceptable, in words a clerk understands: path characters, Windows reserved names,
/// full-width or other non-ASCII look-alikes, wrong letter case, length. Null when it is fine.
/// </summary>
public static partial class IdentifierChecks
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    [GeneratedRegex(ListFormat.CodePattern)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(ListFormat.DepartmentIdPattern)]
    private static partial Regex DepartmentRegex();

    [GeneratedRegex(ListFormat.CategoryCodePattern)]
    private static partial Regex CategoryRegex();

    [GeneratedRegex(ListFormat.LawIdPattern)]
    private static partial Regex LawRegex();

    /// <summary>An entry or sub-item code: uppercase ASCII letters, digits, inner hyphens, at most 64.</summary>
    public static string? CodeProblem(string code) => Problem(code, 64, upper: true, letterFirst: false, CodeRegex(), ListFormat.CodePattern);

    public static string? DepartmentIdProblem(string id) => Problem(id, 40, upper: false, letterFirst: true, DepartmentRegex(), ListFormat.DepartmentIdPattern);

    public static string? CategoryCodeProblem(string code) => Problem(code, 16, upper: false, letterFirst: true, CategoryRegex(), ListFormat.CategoryCodePattern);

    public static string? LawIdProblem(string id) => Problem(id, 80, upper: false, letterFirst: false, LawRegex(), ListFormat.LawIdPattern);

    private static string? Problem(string value, int maxLength, bool upper, bool letterFirst, Regex regex, string pattern)
    {
        if (value.Length == 0)
        {
            return "不能为空";
        }

        if (value.Contains("..", StringComparison.Ordinal) || value.Contains('/') || value.Contains('\\'))
        {
            return "含有路径字符（/、\\ 或 ..），不能用作网址和文件名";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return $"含有控制字符 U+{(int)c:X4}";
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                return $"含有全角字符“{c}”，请改用半角的“{(char)(c - 0xFEE0)}”";
            }

            if (c == '\u3000' || char.IsWhiteSpace(c))
            {
                return "含有空格";
            }

            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            {
                return $"含有不可见字符 U+{(int)c:X4}（如双向控制符、零宽字符），只能用英文字母、数字和连字符";
            }

            if (c > '\u007F')
            {
                return $"含有非 ASCII 字符“{c}”，只能用英文字母、数字和连字符";
            }
        }

        if (value.Length > maxLength)
        {
            return $"长度 {value.Length} 超过上限 {maxLength}";
        }

        if (ReservedNames.Contains(value))
        {
            return "是 Windows 保留的设备名，不能用作文件名";
        }

        if (regex.IsMatch(value))
        {
            return null;
        }

        foreach (var c in value)
        {
            if (upper && c is >= 'a' and <= 'z')
            {
                return "含有小写字母，只能用大写字母、数字和连字符";
            }

            if (!upper && c is >= 'A' and <= 'Z')
            {
                return "含有大写字母，只能用小写字母、数字和连字符";
            }

            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
            {
                return $"含有不允许的字符“{c}”";
            }
        }

        if (value[0] == '-' || (upper && value[^1] == '-'))
        {
            return upper ? "不能以连字符开头或结尾" : "不能以连字符开头";
        }

        if (letterFirst && !char.IsAsciiLetter(value[0]))
        {
            return "必须以字母开头";
        }

        return $"不符合格式 {pattern}";
    }
}
