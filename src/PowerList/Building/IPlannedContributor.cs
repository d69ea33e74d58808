using PowerList.Building.Dependencies;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Building;

/// <summary>
/// A contributor that can say what each of its files depends on without rendering it, so an incremental build
/// re-renders only what changed. <see cref="ISiteContributor.Contribute"/> must give exactly the files of
/// <see cref="Plan"/>, rendered.
/// </summary>
public interface IPlannedContributor : ISiteContributor
{
    /// <summary>
    /// Everything outside the planned inputs that shapes the output (templates' bytes, options), as a string that
    /// changes whenever any of it does.
    /// </summary>
    string Fingerprint { get; }

    IEnumerable<PlannedOutput> Plan(ListSet lists);

    /// <summary>
    /// The current hashes of the identities its recorded outputs (<see cref="PlannedOutput.Recorded"/>) read; null
    /// when it plans none. Contributors of one build give the same hashes for the same identity.
    /// </summary>
    IIdentityHashes? Dependencies(ListSet lists) => null;
}
