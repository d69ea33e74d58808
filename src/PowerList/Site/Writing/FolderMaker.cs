using System.Collections.Concurrent;
using PowerList.Building;

namespace PowerList.Site.Writing;

/// <summary>
/// Makes the folders of the batches a clean build has handed to its <see cref="BatchWriter"/> but not yet written, on a
/// thread of its own, in the batches' order (<see cref="ISiteWriter.MakeFolderOf"/>). Creating a folder takes its
/// parent's lock in the kernel for the whole <c>mkdir</c>, and at 100,000 entries every entry's folder is made in one
/// parent (<c>entry/</c>), so those <c>mkdir</c>s run one at a time whichever thread makes them, and they often wait for
/// the disk (the parent's directory blocks being written back, docs/performance.md, "s33-files"). Made here, ahead,
/// they no longer hold up the threads that write the files: those find their folder made, or make it themselves when
/// they get there first (each folder is made once either way, <see cref="FileTree"/>). Best effort: a folder it cannot
/// make is left to the writer, which meets the same error in its place.
/// </summary>
internal sealed class FolderMaker : IDisposable
{
    private readonly ISiteWriter _writer;
    private readonly BlockingCollection<ResolvedOutput[]> _queue = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _task;
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private bool _disposed;

    public FolderMaker(ISiteWriter writer)
    {
        _writer = writer;
        _task = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Queues the folders of <paramref name="batch"/>'s files to be made (files written already are skipped).</summary>
    public void Add(ResolvedOutput[] batch)
    {
        lock (_files)
        {
            foreach (var file in batch)
            {
                _files.Add(file.Path);
            }
        }

        _queue.Add(batch);
    }

    /// <summary>Stops: the folder being made is finished, the rest left to the writer. Waits for the thread.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _queue.CompleteAdding();
        _stop.Cancel();
        _task.Wait(CancellationToken.None);
        _stop.Dispose();
        _queue.Dispose();
    }

    /// <summary>
    /// Whether <paramref name="folder"/> or one of its parents is the path of a file handed over: made ahead it would
    /// turn the file's write into the failure, where writing in order fails on the folder.
    /// </summary>
    private bool NamesAFile(string folder)
    {
        lock (_files)
        {
            for (var end = folder.Length; end > 0; end = folder.LastIndexOf('/', end - 1))
            {
                if (_files.Contains(folder[..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Run()
    {
        try
        {
            foreach (var batch in _queue.GetConsumingEnumerable(_stop.Token))
            {
                string? last = null;
                foreach (var file in batch)
                {
                    if (_stop.IsCancellationRequested)
                    {
                        return;
                    }

                    var slash = file.Path.LastIndexOf('/');
                    if (file.WrittenTo is not null || slash < 0 || (last is not null && file.Path.AsSpan(0, slash).SequenceEqual(last)))
                    {
                        continue;
                    }

                    last = file.Path[..slash];
                    if (NamesAFile(last))
                    {
                        continue; // a bug (a path both a file and a folder): left to the writer, which fails as it did
                    }

                    try
                    {
                        _writer.MakeFolderOf(file.Path);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
                    {
                        // The writer meets it again when it writes the file, and reports it there.
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
