using PowerList.Model;

namespace PowerList.Site.Incremental;

/// <summary>
/// A warm contributor (<see cref="IWarmContributor"/>) that can start its work on the lists in the background when a
/// warm build begins, while the contributors before it run: the pipeline calls <see cref="Prepare"/> right after
/// <see cref="IWarmContributor.UseWarm"/>, before any contributor runs. Its files must be the same as without it.
/// </summary>
public interface IPreparingContributor : IWarmContributor
{
    void Prepare(ListSet lists);
}
