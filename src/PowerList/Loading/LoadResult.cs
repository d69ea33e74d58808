using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>What the loader read, and every problem it found on the way (sorted).</summary>
public sealed record LoadResult(ListSet Lists, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Top-level files that are missing, could not be read at all, or were read only in part (syntax error, a limit). Checks that
    /// look things up in them (unknown law, unknown department…) are skipped, so one broken file does not bury
    /// the real problems under thousands of follow-on errors.
    /// </summary>
    public IReadOnlySet<ListFileKind> Unreadable { get; init; } = new HashSet<ListFileKind>();
}
