using PowerList.Site.Pipeline;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// The search index serve's first build did not keep (<see cref="WarmBuild.DeferSearchIndex"/>), made once that build is
/// done: the build's garbage is given back first (<see cref="IdleMemory"/>), so the index is made in the memory the
/// build let go instead of being held through the versions stage, where the build's memory peaks. Serve holds its
/// rebuild gate meanwhile: an edit saved in those seconds waits for the index and is then patched into it as usual.
/// </summary>
public static class IdleSearchIndex
{
    /// <summary>
    /// Makes the pending index, if any, holding <paramref name="gate"/>; then runs <paramref name="then"/> (still holding
    /// it: the idle work of the first build, scheduled only now so that it does not run beside the index).
    /// </summary>
    public static Task CompleteAsync(WarmBuild? warm, SemaphoreSlim gate, Action then, CancellationToken token) => Task.Run(async () =>
    {
        await gate.WaitAsync(token);
        try
        {
            Complete(warm);
            then();
        }
        finally
        {
            gate.Release();
        }
    }, token);

    /// <summary>Makes the pending index, if any (the caller holds serve's rebuild gate); returns whether there was one.</summary>
    public static bool Complete(WarmBuild? warm)
    {
        if (warm is not { SearchIndexPending: true })
        {
            return false;
        }

        IdleMemory.Compact();
        return warm.CompleteSearchIndex();
    }
}
