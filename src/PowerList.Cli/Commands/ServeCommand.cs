using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using PowerList.Cli.Commands.Serving;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist serve [LISTS] [--port N] [-o DIR] [--templates DIR]</c>: build, serve on 127.0.0.1, rebuild when
/// the lists or templates change and reload the open pages. A failed rebuild keeps serving the last good site and
/// shows its errors over the open pages (<see cref="OverlayScript"/>) until the next good build.
/// A port in use is a one-line error and exit 2 before any build work. A rebuild writes the pages only; the current
/// downloads (<c>data/current/</c>) follow in the background once the editor is idle (<see cref="BackgroundDownloads"/>).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var lists = new Argument<string>("lists") { Description = "清单文件夹", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "lists" };
        var port = new Option<int>("--port") { Description = "端口（只监听 127.0.0.1）", DefaultValueFactory = _ => 8080 };
        var output = new Option<string?>("--output", "-o") { Description = "预览网站的输出文件夹（默认：临时文件夹）" };
        var templates = new Option<string?>("--templates") { Description = "网站模板文件夹（默认：清单文件夹旁的 site-templates，没有时用内置模板）" };
        var showPrivate = PrivateOption.Create();
        var command = new Command("serve", "生成网站并在本机预览；清单或模板保存后自动重新生成并刷新页面。");
        command.Arguments.Add(lists);
        command.Options.Add(port);
        command.Options.Add(output);
        command.Options.Add(templates);
        command.Options.Add(showPrivate);
        command.SetAction(async (parse, token) =>
        {
            var config = parse.InvocationConfiguration;
            var listsDir = Path.GetFullPath(parse.GetValue(lists)!);
            var outDir = parse.GetValue(output) ?? DefaultOutput(listsDir);
            return await RunAsync(new SiteBuildRunner(listsDir, outDir, parse.GetValue(templates)) { WaitForCleanup = false, ReuseUnchangedFiles = true, DeferDownloads = true, DeferManifest = true, DeferSearchIndex = true, Preview = true, ShowPrivate = parse.GetValue(showPrivate) }, parse.GetValue(port), config.Output, config.Error, token);
        });
        return command;
    }

    /// <summary>
    /// How long the lists and templates must stay unchanged after a change before serve rebuilds: an editor's save
    /// (a temporary file, then a rename; or several files at once) is one burst well within it.
    /// </summary>
    internal static readonly TimeSpan QuietAfterChange = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long the lists must stay unchanged after a build before serve makes the current downloads (at 100,000
    /// entries some 30 s of work): an editor saving again within it does not wait for them or share the processor with them.
    /// </summary>
    internal static readonly TimeSpan DownloadsAfterIdle = TimeSpan.FromSeconds(2);

    internal static async Task<int> RunAsync(SiteBuildRunner runner, int port, TextWriter stdout, TextWriter stderr, CancellationToken token, TimeSpan? downloadsAfterIdle = null)
    {
        if (PortCheck.Problem(port) is { } problem)
        {
            stderr.WriteLine($"powerlist: {problem}");
            return CliApp.ExitUsage;
        }

        var first = runner.Run(stdout, stderr, token);
        if (first != CliApp.ExitOk)
        {
            return first;
        }

        await using var server = await DevServer.StartAsync(runner.Output, port, token);
        var gate = new SemaphoreSlim(1, 1);
        using var downloads = new BackgroundDownloads(runner.Output, gate, downloadsAfterIdle ?? DownloadsAfterIdle, stdout.WriteLine, stderr.WriteLine);
        using var manifest = runner.WarmSite is { } warmSite ? new BackgroundManifest(runner.Output, warmSite, gate, downloadsAfterIdle ?? DownloadsAfterIdle, stderr.WriteLine) : null;
        using var collection = new IdleCollection(runner.WarmSite, IdleCollection.AfterBuild);
        // The search index the first build left to make (IdleSearchIndex), then the first build's idle work.
        var firstIndex = IdleSearchIndex.CompleteAsync(runner.Warm, gate, () =>
        {
            manifest?.Schedule();
            collection.Schedule();
            if (runner.DeferDownloads && runner.LastBuilt is { } built)
            {
                downloads.Schedule(built); // the first build may have kept the files of an earlier serve
            }
        }, token);

        using var watcher = new RebuildWatcher(runner.Templates.Folder is { } templatesFolder ? [runner.Lists, templatesFolder] : [runner.Lists], async () =>
        {
            downloads.Cancel();
            manifest?.Cancel();
            collection.Cancel();
            await gate.WaitAsync(token);
            try
            {
                stdout.WriteLine("检测到修改，重新生成……");
                var code = runner.Run(stdout, stderr, token);
                manifest?.Schedule();
                if (runner.DeferDownloads && runner.LastBuilt is { } lists)
                {
                    downloads.Schedule(lists); // the last good build's, also after a failed one (the site keeps its pages)
                }

                server.SetErrors(code == CliApp.ExitOk ? [] : runner.LastErrors, runner.Lists);
                server.Hub.Send(code == CliApp.ExitOk ? "reload" : "error");
                IdleSearchIndex.Complete(runner.Warm); // a build after a failed one starts cold again
                collection.Schedule();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                stderr.WriteLine($"powerlist: 重新生成失败：{ex.Message}（继续提供上一次生成的网站）");
            }
            finally
            {
                gate.Release();
            }
        }, QuietAfterChange, message => stderr.WriteLine($"powerlist: 监视文件变化出错，保存可能未被发现：{message}"));

        stdout.WriteLine($"预览地址：{server.Url}（按 Ctrl+C 停止）");
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
        }

        try
        {
            await firstIndex;
        }
        catch (OperationCanceledException)
        {
        }

        if (manifest is not null)
        {
            await manifest.WriteNowAsync(); // the next build reuses this site's files
        }

        return CliApp.ExitOk;
    }

    private static string DefaultOutput(string listsDir)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(listsDir)))[..12].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "powerlist-serve", hash, "site");
    }
}
