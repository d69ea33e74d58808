using System.Text.RegularExpressions;

namespace PowerList.Versions;

/// <summary>Release version names and the pseudo-version <c>current</c> (the lists as they are now).</summary>
public static partial class VersionNames
{
    /// <summary>The working lists, not a release.</summary>
    public const string Current = "current";

    /// <summary>ASCII letters, digits, dot, underscore and hyphen, at most 32 characters: a safe URL segment and file name.</summary>
    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string version) =>
        Pattern().IsMatch(version) && version != Current && !version.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>A real calendar date written YYYY-MM-DD.</summary>
    public static bool IsValidDate(string date) =>
        DatePattern().IsMatch(date) &&
        DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
