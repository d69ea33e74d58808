using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PowerList.Building;

/// <summary>
/// Enumerates a sequence on a thread of its own, up to <c>depth</c> items ahead of the caller, so that making the
/// items (a sequential step, such as serializing the search index's files) runs while the caller works on the ones it
/// already has (compressing them in parallel) instead of taking turns with it. The items come in the same order; an
/// exception of the sequence is thrown to the caller as itself, after the items made before it. Stopping early (or a
/// failure of the caller) stops the enumeration and waits for the thread before returning, so the sequence is never
/// still running after its consumer has gone.
/// </summary>
public static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int depth)
    {
        using var queue = new BlockingCollection<T>(Math.Max(1, depth));
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? error = null;
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in source)
                    {
                        queue.Add(item, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The caller stopped taking items.
                }
                catch (Exception ex)
                {
                    error = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }

            producer.Wait();
            error?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
    }
}
