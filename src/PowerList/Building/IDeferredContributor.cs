using PowerList.Model;

namespace PowerList.Building;

/// <summary>
/// A contributor whose files are cheap to make in a first form (<see cref="DeferredOutput.Source"/>) and costly to
/// finish (compression): an incremental build keys each file by its first form and finishes only those that
/// changed. <see cref="Output.ISiteContributor.Contribute"/> must give exactly the files of
/// <see cref="ContributeDeferred"/>, finished (in any order).
/// </summary>
public interface IDeferredContributor : Output.ISiteContributor
{
    /// <summary>The files, possibly lazily: the session consumes them in bounded batches.</summary>
    IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists);
}
