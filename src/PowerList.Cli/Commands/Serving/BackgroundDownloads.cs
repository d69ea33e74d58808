using PowerList.Model;
using PowerList.Versions.Pages;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// <c>serve</c>'s current downloads (<c>data/current/</c>: entries.json/.csv/.xlsx, companion CSVs, datapackage.json),
/// made off the edit path: a rebuild writes every page and keeps the download files already in the site
/// (<see cref="PowerList.Site.Pipeline.WarmBuild.DeferDownloads"/>); once the lists have stayed unchanged for <see cref="Idle"/>
/// after a good build, this makes the files of that build's lists in the background, each into a temporary file
/// beside its target, and then, holding the rebuild gate, moves them into place one rename each. A file in the site
/// is therefore always a whole one, the previous or the new; the downloads page links the same paths either way.
/// A change to the lists cancels the work at the next row (<see cref="Cancel"/>); the next good build schedules it again.
/// </summary>
public sealed class BackgroundDownloads : IDisposable
{
    private readonly string _site;
    private readonly SemaphoreSlim _gate;
    private readonly Action<string> _done;
    private readonly Action<string> _error;
    private readonly IdleWork _work;
    private ListSet? _written;

    /// <param name="site">The site folder serve writes.</param>
    /// <param name="gate">Held by every rebuild: the files are moved into place only between rebuilds.</param>
    /// <param name="done">Told when the files are in place (a line for the editor).</param>
    /// <param name="error">Told when they could not be written (the previous files stay).</param>
    public BackgroundDownloads(string site, SemaphoreSlim gate, TimeSpan idle, Action<string> done, Action<string> error)
    {
        _site = site;
        _gate = gate;
        _work = new IdleWork(idle);
        _done = done;
        _error = error;
    }

    /// <summary>How long the lists must stay unchanged after a build before its downloads are made.</summary>
    public TimeSpan Idle => _work.Idle;

    /// <summary>The work scheduled last (for tests and shutdown): completes when it is done, cancelled or failed.</summary>
    public Task Running => _work.Running;

    /// <summary>
    /// After a build: makes the downloads of <paramref name="lists"/>, the lists of the site's last good build, once the
    /// editor is idle (replacing any scheduled before); nothing when they are in place already.
    /// </summary>
    public void Schedule(ListSet lists)
    {
        _work.Cancel();
        if (ReferenceEquals(lists, Volatile.Read(ref _written)))
        {
            return;
        }

        _work.Schedule(token => WriteAsync(lists, token));
    }

    /// <summary>The lists changed: stop making downloads that would be out of date (the files in the site stay as they are).</summary>
    public void Cancel() => _work.Cancel();

    public void Dispose()
    {
        Cancel();
        try
        {
            Running.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task WriteAsync(ListSet lists, CancellationToken token)
    {
        var made = new List<(string Temp, string Target)>();
        IdleMemory.Compact(); // the rebuilds' garbage goes before the downloads' comes
        try
        {
            foreach (var file in OpenDataOutputs.CurrentFiles(lists, token))
            {
                token.ThrowIfCancellationRequested();
                var target = Path.Combine(_site, file.Path.Replace('/', Path.DirectorySeparatorChar));
                var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                made.Add((temp, target));
                await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                file.WriteTo(stream); // straight to the file, as a build writes it (never the whole file in memory)
            }

            await _gate.WaitAsync(token);
            try
            {
                token.ThrowIfCancellationRequested();
                using var siteLock = PowerList.Site.Writing.SiteLock.Acquire(_site); // no other process's build writing the site meanwhile
                foreach (var (temp, target) in made)
                {
                    File.Move(temp, target, overwrite: true);
                }

                made.Clear();
                Volatile.Write(ref _written, lists);
            }
            finally
            {
                _gate.Release();
            }

            IdleMemory.Compact();
            _done($"下载文件已更新（{PowerList.Versions.Publishing.ReleaseDownloads.CurrentFolder}）");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _error($"powerlist: 下载文件没有更新：{ex.Message}（保留上一次的文件）");
        }
        finally
        {
            foreach (var (temp, _) in made)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
