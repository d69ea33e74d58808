namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// Watches the lists and the templates; after a quiet moment following a change (editors save in bursts) it
/// calls the rebuild, one at a time, and reruns once more if files changed while it was running. When the watcher
/// fails (events lost to a full buffer, the system's limit of inotify watches reached) it says so through
/// <c>onError</c> and rebuilds, since a save may have been missed.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Func<Task> _rebuild;
    private readonly TimeSpan _quiet;
    private readonly Action<string>? _onError;
    private readonly object _gate = new();
    private Timer? _timer;
    private bool _running;
    private bool _pending;

    public RebuildWatcher(IEnumerable<string> folders, Func<Task> rebuild, TimeSpan quiet, Action<string>? onError = null)
    {
        _rebuild = rebuild;
        _quiet = quiet;
        _onError = onError;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer?.Dispose();
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        _onError?.Invoke($"{((FileSystemWatcher)sender).Path}: {e.GetException().Message}");
        Changed();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Changed();

    private void Changed()
    {
        lock (_gate)
        {
            _timer ??= new Timer(_ => Fire());
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        lock (_gate)
        {
            if (_running)
            {
                _pending = true;
                return;
            }

            _running = true;
        }

        _ = Task.Run(async () =>
        {
            while (true)
            {
                await _rebuild();
                lock (_gate)
                {
                    if (!_pending)
                    {
                        _running = false;
                        return;
                    }

                    _pending = false;
                }
            }
        });
    }
}
