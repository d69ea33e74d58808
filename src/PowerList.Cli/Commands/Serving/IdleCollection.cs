using PowerList.Building;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// One full, blocking collection shortly after each of serve's builds, once the build's background work is done
/// (<see cref="WarmSite.Settled"/>: the manifest's table by path and read indexes, made after the build) and no change
/// is pending. The runtime starts a full collection when a heap's budget since the last one is spent; with
/// <c>System.GC.ConserveMemory</c> the large object heap's is about a fifth of that heap, which an edit alone comes
/// close to. Collected here, each edit starts with the whole budget and its full collection, if it still needs one,
/// falls while the editor is idle instead of inside the edit (docs/performance.md, "s32-lohedit"). Serve's collections
/// are not concurrent, so the collection is the same work the edit would have done, moved off the edit path.
/// </summary>
public sealed class IdleCollection : IDisposable
{
    /// <summary>How long after a build with no change the collection starts: well within the pause between two saves.</summary>
    public static readonly TimeSpan AfterBuild = TimeSpan.FromMilliseconds(300);

    private readonly WarmSite? _warm;
    private readonly IdleWork _work;
    private int _collected;

    /// <param name="warm">The warm state whose background work the collection waits for, if any.</param>
    public IdleCollection(WarmSite? warm, TimeSpan idle)
    {
        _warm = warm;
        _work = new IdleWork(idle);
    }

    /// <summary>The work scheduled last (for tests and shutdown).</summary>
    public Task Running => _work.Running;

    /// <summary>How many collections this has made (for tests).</summary>
    public int Collected => Volatile.Read(ref _collected);

    /// <summary>After a build: collects once the editor is idle (replacing any scheduled before).</summary>
    public void Schedule() => _work.Schedule(CollectAsync);

    /// <summary>The lists changed: no collection until the next build is done.</summary>
    public void Cancel() => _work.Cancel();

    public void Dispose() => Cancel();

    private async Task CollectAsync(CancellationToken token)
    {
        if (_warm is not null)
        {
            await _warm.Settled.WaitAsync(token);
        }

        token.ThrowIfCancellationRequested();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        Interlocked.Increment(ref _collected);
    }
}
