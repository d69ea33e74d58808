namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// Work <c>serve</c> does once the editor has been idle (<see cref="BackgroundManifest"/>, <see cref="BackgroundDownloads"/>):
/// <see cref="Schedule"/> runs a piece of work after <see cref="Idle"/> has passed with no newer schedule and no
/// <see cref="Cancel"/>. Scheduling again cancels the work scheduled before (its delay, or the work itself through its
/// token) and starts only after it has finished, so two pieces never run at once. Work that stops because its token was
/// cancelled ends quietly; any other exception is left in <see cref="Running"/>.
/// </summary>
public sealed class IdleWork : IDisposable
{
    private readonly object _lock = new();
    private CancellationTokenSource? _current;
    private Task _running = Task.CompletedTask;

    public IdleWork(TimeSpan idle)
    {
        Idle = idle;
    }

    /// <summary>How long no newer schedule or cancel must come before the work starts.</summary>
    public TimeSpan Idle { get; }

    /// <summary>The work scheduled last (for tests and shutdown): completes when it is done, cancelled or failed.</summary>
    public Task Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> once idle, in place of anything scheduled before.</summary>
    public void Schedule(Func<CancellationToken, Task> work)
    {
        lock (_lock)
        {
            _current?.Cancel();
            var cts = _current = new CancellationTokenSource();
            var previous = _running;
            _running = Task.Run(async () =>
            {
                await previous.ContinueWith(_ => { }, TaskScheduler.Default);
                try
                {
                    await Task.Delay(Idle, cts.Token);
                    await work(cts.Token);
                }
                catch (OperationCanceledException) when (cts.IsCancellationRequested)
                {
                }
            });
        }
    }

    /// <summary>Cancels the work scheduled last: not started yet, it never starts; running, its token is cancelled.</summary>
    public void Cancel()
    {
        lock (_lock)
        {
            _current?.Cancel();
        }
    }

    public void Dispose() => Cancel();
}
