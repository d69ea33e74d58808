using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PowerList.Writing;

/// <summary>
/// How one string is written so that a YAML loader reads back exactly the same string: plain when that is
/// safe, a block literal (<c>|</c>, <c>|-</c>, <c>|+</c>) for multi-line text, double-quoted otherwise.
/// </summary>
public static partial class YamlScalar
{
    /// <summary>A single-line form (plain or double-quoted) for keys, flow items and short values.</summary>
    public static string Inline(string value) => IsPlainSafe(value) ? value : Quote(value);

    /// <summary>True when the text can be written as a block literal at any indentation.</summary>
    public static bool CanBeBlock(string value) =>
        value.Contains('\n')
        && !value.StartsWith(' ')
        && !value.StartsWith('\n')
        && !value.StartsWith('\t')
        && value.All(ch => ch == '\n' || ch == '\t' || !(char.IsControl(ch) || ch == '\uFEFF' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085'));

    /// <summary>The block literal header and lines for <paramref name="value"/> (caller indents the lines).</summary>
    public static (string Header, IReadOnlyList<string> Lines) Block(string value)
    {
        var trailing = value.Length - value.TrimEnd('\n').Length;
        var header = trailing switch
        {
            0 => "|-",
            1 => "|",
            _ => "|+",
        };
        var body = trailing == 0 ? value : value[..^trailing];
        var lines = body.Split('\n').ToList();
        for (var i = 1; i < trailing; i++)
        {
            lines.Add("");
        }

        return (header, lines);
    }

    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u00A0': sb.Append("\\_"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (char.IsControl(ch) || ch == '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || value != value.Trim() || value.Contains('\n') || value.Contains('\r'))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]))
        {
            return false;
        }

        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(':') || value.Contains('\t'))
        {
            return false;
        }

        // A word starting with '*' inside plain text: YamlDotNet misreads it before a colon, and the loader refuses
        // such keys (Loading.YamlSpecGuard); quoted, every reader reads the same text.
        if (value.Contains(" *"))
        {
            return false;
        }

        if (value.Any(ch => char.IsControl(ch) || ch == '\uFEFF' || ch == '\u00A0' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085'))
        {
            return false;
        }

        return !Special().IsMatch(value);
    }

    /// <summary>Words and forms a YAML 1.1 or 1.2 loader resolves to something other than a string.</summary>
    [GeneratedRegex(@"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|=|<<|[-+]?(?:\d[\d_,]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?|\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?)$")]
    private static partial Regex Special();
}
