using System.Globalization;

namespace PowerList.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: code, severity and Chinese message template (<c>{0}</c>, <c>{1}</c>…).</summary>
public sealed record DiagnosticCode(string Code, Severity Severity, string Template, string Summary)
{
    /// <summary>Creates the diagnostic at <paramref name="at"/> with the template filled in.</summary>
    public Diagnostic At(SourceLocation at, params object?[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string text)
            {
                args[i] = Printable(text);
            }
        }

        return new(at, Severity, Code, args.Length == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, args));
    }

    /// <summary>
    /// Values echoed in messages show control characters, invisible format characters (bidi overrides such as
    /// U+202E, zero-width spaces) and line/paragraph separators as <c>\uXXXX</c>, so a message is always one
    /// printable line that reads the same way in every terminal.
    /// </summary>
    public static string Printable(string text)
    {
        if (!text.Any(Hidden))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Hidden(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool Hidden(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
