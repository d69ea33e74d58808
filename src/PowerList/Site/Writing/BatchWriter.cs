using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using PowerList.Building;
using PowerList.Diagnostics;
using PowerList.Output;
using PowerList.Site.Compression;

namespace PowerList.Site.Writing;

/// <summary>
/// Puts the batches of resolved files a build hands it (<see cref="Add"/>) in the site, in order: writes, links or keeps
/// each file and makes its precompressed copy (<see cref="CompressedCopies"/>) in the same parallel loop, then records
/// the copies in the session in the batch's order. With <c>background</c> the batches are written on a task of their
/// own while the caller renders the next ones (at most <see cref="Queued"/> wait), so the render and the file system's
/// work overlap instead of taking turns, and the folders of the queued batches are made ahead on a thread of their own
/// (<see cref="FolderMaker"/>, clean builds only); <see cref="Finish"/> waits for the last batch and rethrows a failure as
/// itself. Without it each batch is written before <see cref="Add"/> returns. A failed batch stops the writing: the
/// next <see cref="Add"/> or <see cref="Finish"/> throws its exception.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    /// <summary>Batches rendered ahead of the one being written.</summary>
    public const int Queued = 2;

    private readonly ISiteWriter _writer;
    private readonly IncrementalSession _session;
    private readonly Precompression? _policy;
    private readonly TimingLog? _timings;
    private readonly string _reuse;
    private readonly CancellationToken _cancellationToken;
    private readonly BlockingCollection<ResolvedOutput[]>? _queue;
    private readonly CancellationTokenSource? _failed;
    private readonly Task? _task;
    private readonly FolderMaker? _folders;
    private ExceptionDispatchInfo? _error;
    private int _copies;

    public BatchWriter(ISiteWriter writer, IncrementalSession session, Precompression? policy, TimingLog? timings, bool background, CancellationToken cancellationToken)
    {
        _writer = writer;
        _session = session;
        _policy = policy;
        _timings = timings;
        _reuse = writer is InPlaceSiteWriter ? "keep" : "link";
        _cancellationToken = cancellationToken;
        if (background)
        {
            _queue = new BlockingCollection<ResolvedOutput[]>(Queued);
            _failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _task = Task.Factory.StartNew(Drain, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            _folders = writer is AtomicSiteWriter ? new FolderMaker(writer) : null;
        }
    }

    /// <summary>Precompressed copies written or kept so far (all of them after <see cref="Finish"/>).</summary>
    public int Copies => Volatile.Read(ref _copies);

    /// <summary>Hands over one batch (the caller checked its paths, and its copies' paths, for duplicates).</summary>
    public void Add(ResolvedOutput[] batch)
    {
        if (_queue is null)
        {
            Write(batch);
            return;
        }

        try
        {
            _queue.Add(batch, _failed!.Token);
            _folders?.Add(batch);
        }
        catch (OperationCanceledException) when (_error is not null)
        {
            _error.Throw();
        }
    }

    /// <summary>Waits until every batch handed over is in the site; throws the first failure, as itself.</summary>
    public void Finish()
    {
        if (_queue is null)
        {
            return;
        }

        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _task!.Wait(CancellationToken.None);
        _folders?.Dispose();
        _error?.Throw();
        _cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Stops taking batches and waits for the one being written (a failed build must not delete a folder still being written).</summary>
    public void Dispose()
    {
        if (_queue is null)
        {
            return;
        }

        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _failed!.Cancel();
        _folders?.Dispose();
        try
        {
            _task!.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
        }

        _failed.Dispose();
        _queue.Dispose();
    }

    private void Drain()
    {
        try
        {
            foreach (var batch in _queue!.GetConsumingEnumerable(_failed!.Token))
            {
                Write(batch);
            }
        }
        catch (OperationCanceledException) when (_failed!.IsCancellationRequested)
        {
            // Cancelled by the caller (or disposed after a failure elsewhere): Finish rethrows the cancellation.
        }
        catch (Exception ex)
        {
            _error = ExceptionDispatchInfo.Capture(ex);
            _failed!.Cancel();
        }
    }

    /// <summary>
    /// Writes or keeps one batch and its copies. Files written already (streamed) or kept in place only need counting
    /// (one timing for the lot, no parallel loop: a warm build's batches are mostly that); writing, linking and
    /// compressing are several at once.
    /// </summary>
    private void Write(ResolvedOutput[] batch)
    {
        var t = (_timings?.Now() ?? default);
        var kept = 0;
        var done = 0;
        var copies = new ResolvedOutput?[batch.Length];
        var wanted = 0;
        foreach (var file in batch)
        {
            if (_policy is not null && CompressedCopies.PathOf(file, _policy) is not null)
            {
                wanted++;
            }

            if (file.WrittenTo is not null)
            {
                done++;
            }
            else if (file.Content is null && _writer is InPlaceSiteWriter)
            {
                kept++;
                done++;
            }
        }

        if (done == batch.Length && wanted == 0)
        {
            foreach (var file in batch)
            {
                Put(file, timed: false);
            }

            if (kept > 0)
            {
                _timings?.Measure(_reuse, t);
            }

            return;
        }

        try
        {
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = _cancellationToken }, i =>
            {
                Put(batch[i], timed: true);
                if (_policy is not null && (_session.TakeCopyMadeAhead(batch[i]) ?? CompressedCopies.Of(_session, batch[i], _policy)) is { } copy)
                {
                    Put(copy, timed: true);
                    copies[i] = copy;
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        foreach (var copy in copies)
        {
            if (copy is not null)
            {
                _session.RecordDerived(copy);
                _copies++;
            }
        }
    }

    /// <summary>Writes, links, keeps or counts one file.</summary>
    private void Put(ResolvedOutput file, bool timed)
    {
        if (file.WrittenTo is not null)
        {
            _writer.Written(file.Path, file.Length);
            return;
        }

        var since = (timed ? _timings?.Now() : null) ?? default;
        if (file.Content is null)
        {
            _writer.Reuse(file.Path, file.ReuseFrom!, file.Length);
            if (timed)
            {
                _timings?.Measure(_reuse, since);
            }
        }
        else
        {
            _writer.Write(new OutputFile(file.Path, file.Content));
            if (timed)
            {
                _timings?.Measure("write", since);
            }
        }
    }
}
