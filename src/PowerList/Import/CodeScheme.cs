using System.Globalization;
using System.Text.RegularExpressions;

namespace PowerList.Import;

/// <summary>
/// The code scheme of docs/format.md: <c>&lt;division&gt;-&lt;DEPARTMENT&gt;-&lt;CATEGORY&gt;-&lt;NNNN&gt;</c> for entries,
/// <c>-NN</c> added for sub-items. New numbers are one above the highest number ever used under the same prefix
/// among the codes passed in, so numbers are never reused while the old codes are kept.
/// </summary>
public sealed partial class CodeScheme(string divisionCode, IEnumerable<string> usedCodes)
{
    private readonly HashSet<string> _used = new(usedCodes, StringComparer.Ordinal);

    public static bool IsValid(string code) => ValidCode().IsMatch(code);

    /// <summary>Claims a code found in a sheet when it is valid and free; returns false otherwise.</summary>
    public bool TryClaim(string code)
    {
        if (code.Length == 0 || !IsValid(code) || _used.Contains(code))
        {
            return false;
        }

        _used.Add(code);
        return true;
    }

    public string NextEntryCode(string department, string category) =>
        Next($"{divisionCode}-{department.ToUpperInvariant()}-{category.ToUpperInvariant()}-", 4);

    public string NextSubItemCode(string entryCode) => Next(entryCode + "-", 2);

    private string Next(string prefix, int digits)
    {
        var max = 0;
        foreach (var code in _used)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(code.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && code.Length - prefix.Length >= digits)
            {
                max = Math.Max(max, n);
            }
        }

        var next = prefix + (max + 1).ToString(new string('0', digits), CultureInfo.InvariantCulture);
        _used.Add(next);
        return next;
    }

    [GeneratedRegex("^[0-9A-Z](?:[0-9A-Z-]{0,62}[0-9A-Z])?$")]
    private static partial Regex ValidCode();
}
