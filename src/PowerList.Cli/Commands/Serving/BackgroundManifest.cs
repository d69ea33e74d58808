using PowerList.Building;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// <c>serve</c>'s build manifest, written off the edit path: each rebuild leaves a stub in the site and keeps the whole
/// manifest in memory (<see cref="WarmSite.DeferManifest"/>); once the lists have stayed unchanged for <see cref="Idle"/>,
/// this serializes it into a temporary file beside the site folder and then, holding the rebuild gate and the site's
/// lock, renames it over the stub (<see cref="WarmSite.WritePending"/>). At exit it is written at once
/// (<see cref="WriteNowAsync"/>). Killed before that, the site keeps the stub and the next <c>build</c> renders everything.
/// </summary>
public sealed class BackgroundManifest : IDisposable
{
    private readonly string _site;
    private readonly WarmSite _warm;
    private readonly SemaphoreSlim _gate;
    private readonly Action<string> _error;
    private readonly IdleWork _work;

    /// <param name="site">The site folder serve writes (full path).</param>
    /// <param name="warm">The warm state of serve's builds, which holds the pending manifest.</param>
    /// <param name="gate">Held by every rebuild: the manifest is put in place only between rebuilds.</param>
    /// <param name="error">Told when it could not be written (the stub stays).</param>
    public BackgroundManifest(string site, WarmSite warm, SemaphoreSlim gate, TimeSpan idle, Action<string> error)
    {
        _site = site;
        _warm = warm;
        _gate = gate;
        _work = new IdleWork(idle);
        _error = error;
    }

    /// <summary>How long the lists must stay unchanged after a build before its manifest is written.</summary>
    public TimeSpan Idle => _work.Idle;

    /// <summary>The work scheduled last (for tests and shutdown).</summary>
    public Task Running => _work.Running;

    /// <summary>After a build: writes its manifest once the editor is idle (replacing any scheduled before).</summary>
    public void Schedule() => _work.Schedule(WriteAsync);

    /// <summary>The lists changed: the next build makes a newer manifest.</summary>
    public void Cancel() => _work.Cancel();

    /// <summary>At exit: writes the pending manifest now, if any.</summary>
    public async Task WriteNowAsync()
    {
        Cancel();
        try
        {
            await Running;
        }
        catch (OperationCanceledException)
        {
        }

        await WriteAsync(CancellationToken.None);
    }

    public void Dispose() => Cancel();

    private async Task WriteAsync(CancellationToken token)
    {
        if (_warm.Pending is not { } pending)
        {
            return;
        }

        var temporary = $"{_site}.manifest-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        try
        {
            var bytes = pending.Bytes();
            token.ThrowIfCancellationRequested();
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await file.WriteAsync(bytes, token);
                file.Flush(flushToDisk: true);
            }

            await _gate.WaitAsync(token);
            try
            {
                using var siteLock = PowerList.Site.Writing.SiteLock.Acquire(_site);
                _warm.WritePending(_site, pending, temporary);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception) when (token.IsCancellationRequested)
        {
            // A newer build started meanwhile: it fills lists this manifest was read from (WarmSite.TakeSpares), so
            // reading them could fail; nothing read here is put in place (WritePending takes only the latest).
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _error($"powerlist: 生成清单（{BuildManifest.FileName}）没有写入：{ex.Message}（下次 build 将全部重新生成）");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
