using PowerList.Building;
using PowerList.Cli.Commands;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>serve</c> keeps its build manifest off the edit path (<see cref="Cli.Commands.Serving.BackgroundManifest"/>):
/// right after a rebuild the site holds a stub no build accepts; once the editor is idle, and when serve stops, the
/// whole manifest is written, and a <c>build</c> afterwards reuses the site's files and equals a fresh build.
/// </summary>
public sealed class ServeManifestTests : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(6);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "serve-manifest-" + Guid.NewGuid().ToString("N"));

    public ServeManifestTests()
    {
        RepoPaths.CopySampleLists(Lists);
    }

    private string Lists => Path.Combine(_dir, "lists");

    private string Site => Path.Combine(_dir, "site");

    private static string Templates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_manifest_is_a_stub_after_a_rebuild_written_whole_when_idle_and_at_exit()
    {
        var runner = new SiteBuildRunner(Lists, Site, Templates) { WaitForCleanup = false, ReuseUnchangedFiles = true, DeferDownloads = true, DeferManifest = true, Preview = true };
        var output = new StringWriter();
        var log = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource();
        var serve = ServeCommand.RunAsync(runner, 0, log, log, stop.Token, Idle);
        var cf = Path.Combine(Lists, "fgw", "cf.yaml");
        try
        {
            await WaitFor(log, output, "预览地址", 1, serve);
            await WaitUntil(() => Code() == IncrementalSession.CodeKey, "the first build's manifest written once idle", serve);

            File.WriteAllText(cf, File.ReadAllText(cf).Replace("name: ", "name: 保存后的", StringComparison.Ordinal));
            await WaitFor(log, output, "网站已生成", 2, serve);
            var rebuilt = DateTime.UtcNow;
            var code = Code();
            (DateTime.UtcNow - rebuilt).ShouldBeLessThan(Idle, "checked before the manifest was due");
            code.ShouldBe(BuildManifest.PendingCode, "right after a rebuild the site holds the stub");

            await WaitUntil(() => Code() == IncrementalSession.CodeKey, "the rebuild's manifest written once idle", serve);
            Directory.GetFiles(_dir, "*.tmp", SearchOption.TopDirectoryOnly).ShouldBeEmpty("no temporary manifest left beside the site");

            File.WriteAllText(cf, File.ReadAllText(cf).Replace("name: 保存后的", "name: 再次保存的", StringComparison.Ordinal));
            await WaitFor(log, output, "网站已生成", 3, serve);
        }
        finally
        {
            await stop.CancelAsync();
            (await serve).ShouldBe(CliApp.ExitOk, output.ToString());
        }

        Code().ShouldBe(IncrementalSession.CodeKey, "serve writes the manifest when it stops");
        var pages = Directory.GetFiles(Path.Combine(Site, "entry"), "index.html", SearchOption.AllDirectories);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var page in pages)
        {
            File.SetLastWriteTimeUtc(page, old);
        }

        var build = new SiteBuildRunner(Lists, Site, Templates) { Preview = true };
        build.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        pages.Count(p => File.GetLastWriteTimeUtc(p) != old).ShouldBe(0, "build after serve reuses every entry page through the manifest serve wrote");

        var fresh = new SiteBuildRunner(Lists, Path.Combine(_dir, "fresh"), Templates) { Preview = true };
        fresh.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        var (actual, expected) = (Snapshot(Site), Snapshot(Path.Combine(_dir, "fresh")));
        actual.Keys.Union(expected.Keys).Where(k => actual.GetValueOrDefault(k) != expected.GetValueOrDefault(k)).ShouldBeEmpty("files that differ from a fresh build");
    }

    private string? Code() => BuildManifest.TryLoad(Site)?.Code;

    private static async Task WaitUntil(Func<bool> condition, string what, Task serve)
    {
        var until = DateTime.UtcNow.AddSeconds(180);
        while (!condition())
        {
            serve.IsCompleted.ShouldBeFalse(what);
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException(what);
            }

            await Task.Delay(50);
        }
    }

    private static async Task WaitFor(TextWriter log, StringWriter output, string text, int times, Task serve)
    {
        var until = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < until)
        {
            string now;
            lock (log)
            {
                now = output.ToString();
            }

            var count = 0;
            for (var at = now.IndexOf(text, StringComparison.Ordinal); at >= 0; at = now.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                count++;
            }

            if (count >= times)
            {
                return;
            }

            serve.IsCompleted.ShouldBeFalse(now);
            await Task.Delay(20);
        }

        throw new TimeoutException($"「{text}」 did not appear {times} times:\n{output}");
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
