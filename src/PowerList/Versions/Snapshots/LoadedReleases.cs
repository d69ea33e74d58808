using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Snapshots;

/// <summary>
/// The releases of one lists folder as the Load stage read them (<see cref="ReleaseLoader"/>): every release whose
/// snapshot passed verification, oldest first, and the problems met. Any error here stops <c>validate</c>,
/// <c>build</c> and <c>serve</c> like an error in a list file: a release is never dropped in silence.
/// </summary>
public sealed record LoadedReleases(ImmutableArray<VersionSide> Releases, UInt128 Key, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>No releases.yaml: no releases, no problems.</summary>
    public static LoadedReleases Empty { get; } = new([], 0, []);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
