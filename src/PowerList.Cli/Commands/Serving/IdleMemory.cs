using System.Runtime;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// Gives the memory a build left behind back to the system while <c>serve</c> is idle: a blocking, compacting collection
/// of every generation, large objects included, that decommits what it frees. Without it the garbage of the first build
/// and of each rebuild stays mapped, and the background downloads (<see cref="BackgroundDownloads"/>) grow the process
/// on top of it (docs/performance.md, "serve's peak memory"). A fraction of a second of work, never on the edit path.
/// </summary>
public static class IdleMemory
{
    public static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
