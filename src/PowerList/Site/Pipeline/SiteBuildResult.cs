using PowerList.Diagnostics;

namespace PowerList.Site.Pipeline;

/// <summary>The outcome of a build: whether the site was written, the diagnostics, and what was written.</summary>
public sealed record SiteBuildResult(
    bool Written,
    IReadOnlyList<Diagnostic> Diagnostics,
    long Files,
    long Bytes,
    IReadOnlyList<ContributorCount> PerContributor)
{
    /// <summary>Deleting the previous site, which runs after the swap; wait for it before the process exits.</summary>
    public Task PreviousSiteRemoval { get; init; } = Task.CompletedTask;
}
