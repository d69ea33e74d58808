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

    /// <summary>
    /// The files, as <see cref="ContributeDeferred(ListSet)"/>; with <paramref name="keep"/> (a warm session that keeps
    /// unaffected files in bulk, <see cref="IncrementalSession.BulkKeep"/>) a file the contributor knows to be the
    /// previous build's, same path and same source key, may be given as <see cref="DeferredOutput.Kept"/>.
    /// </summary>
    IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists, bool keep) => ContributeDeferred(lists);
}
