namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// A full collection while <c>serve</c> waits for the next save, so that a rebuild does not meet one on the edit path.
/// serve holds some 1.3 GB at 100,000 entries and each warm rebuild allocates a few hundred megabytes, most of it dying
/// young; the garbage that lives a little longer (and every array of 85,000 bytes or more) fills the oldest
/// generation's budget, and the rebuild in which it runs out stopped for a full blocking collection of the whole heap
/// (0.3–0.6 s on a quiet machine, a third of a rebuild). Collected once the editor has been idle for <see cref="Idle"/>
/// after a rebuild, that work is done between saves and the next rebuild starts with a fresh budget. Not compacting:
/// <see cref="IdleMemory"/> gives memory back before the downloads, this only clears the budget.
/// </summary>
public sealed class IdleCollection : IDisposable
{
    private readonly IdleWork _work;

    public IdleCollection(TimeSpan idle)
    {
        _work = new IdleWork(idle);
    }

    /// <summary>How long after a rebuild no newer save must come before the collection.</summary>
    public TimeSpan Idle => _work.Idle;

    /// <summary>The collection scheduled last (for tests): completes when it has run or was cancelled.</summary>
    public Task Running => _work.Running;

    /// <summary>After a rebuild: collects once the editor is idle.</summary>
    public void Schedule() => _work.Schedule(_ =>
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return Task.CompletedTask;
    });

    /// <summary>A save came: no collection before the rebuild.</summary>
    public void Cancel() => _work.Cancel();

    public void Dispose() => _work.Dispose();
}
