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

    /// <summary>
    /// Outputs of <see cref="Plan"/> (the very objects it yields later) that take long to make, which a clean build
    /// starts before the first file, each on a thread of its own (<see cref="AheadOutputs"/>), and takes in their place
    /// in the plan. Asked just before <see cref="Plan"/>; none by default.
    /// </summary>
    IReadOnlyList<PlannedOutput> Ahead(ListSet lists) => [];
}
