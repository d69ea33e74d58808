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

    /// <summary>
    /// The releases kept with the lists (releases.yaml and verified snapshots), loaded by <see cref="Validation.ListCheck"/>;
    /// their problems are among <see cref="Diagnostics"/>. Empty when only the list files were loaded.
    /// </summary>
    public Versions.Snapshots.LoadedReleases Releases { get; init; } = Versions.Snapshots.LoadedReleases.Empty;
}
