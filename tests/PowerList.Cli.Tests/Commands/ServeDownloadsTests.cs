using System.Security.Cryptography;
using System.Text;
using PowerList.Building;
using PowerList.Cli.Commands;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>serve</c> writes the pages of an edit at once and the current downloads (<c>data/current/</c>) after the editor
/// has been idle (<see cref="Cli.Commands.Serving.BackgroundDownloads"/>): right after the rebuild the pages show the edit
/// while the download files are still the previous whole ones; a little later they are replaced, byte for byte
/// those of a fresh <c>build</c> of the same lists, with no temporary file left behind.
/// </summary>
public sealed class ServeDownloadsTests : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(6);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "serve-downloads-" + Guid.NewGuid().ToString("N"));

    public ServeDownloadsTests()
    {
        RepoPaths.CopySampleLists(Lists);
    }

    private string Lists => Path.Combine(_dir, "lists");

    private string Site => Path.Combine(_dir, "site");

    private string Downloads => Path.Combine(Site, "data", "current");

    private static string Templates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task After_an_edit_the_pages_come_first_and_the_downloads_follow_equal_to_a_fresh_build()
    {
        // As serve runs it: the first build's search index made after it (IdleSearchIndex), before its idle work.
        var runner = new SiteBuildRunner(Lists, Site, Templates) { WaitForCleanup = false, ReuseUnchangedFiles = true, DeferDownloads = true, DeferSearchIndex = true, Preview = true };
        var output = new StringWriter();
        var log = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource();
        var serve = ServeCommand.RunAsync(runner, 0, log, log, stop.Token, Idle);
        try
        {
            await WaitFor(log, output, "预览地址", 1, serve);
            await WaitFor(log, output, "下载文件已更新", 1, serve); // the first build's, once idle
            runner.Warm.ShouldNotBeNull().SearchIndexPending.ShouldBeFalse("the index the first build left is made before its idle work");
            var before = Snapshot(Downloads);
            before.Keys.ShouldContain("entries.json");
            var json = Path.Combine(Downloads, "entries.json");
            File.ReadAllText(json).ShouldNotContain("保存后的");

            var cf = Path.Combine(Lists, "fgw", "cf.yaml");
            File.WriteAllText(cf, File.ReadAllText(cf).Replace("name: ", "name: 保存后的", StringComparison.Ordinal));
            await WaitFor(log, output, "网站已生成", 2, serve);
            var rebuilt = DateTime.UtcNow;
            Directory.GetFiles(Path.Combine(Site, "entry"), "index.html", SearchOption.AllDirectories)
                .Count(f => File.ReadAllText(f).Contains("保存后的", StringComparison.Ordinal)).ShouldBeGreaterThan(0, "the pages show the edit at once");
            var between = Snapshot(Downloads);
            (DateTime.UtcNow - rebuilt).ShouldBeLessThan(Idle, "checked before the downloads were due");
            between.ShouldBe(before, "right after the rebuild the downloads are the previous whole files");

            await WaitFor(log, output, "下载文件已更新", 2, serve);
            File.ReadAllText(json).ShouldContain("保存后的");
            Directory.GetFiles(Site, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty("no temporary file left in the site");

            var fresh = new SiteBuildRunner(Lists, Path.Combine(_dir, "fresh"), Templates) { Preview = true };
            fresh.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
            var expected = Snapshot(Path.Combine(_dir, "fresh", "data", "current"));
            var after = Snapshot(Downloads);
            after.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
            after.Where(kv => expected[kv.Key] != kv.Value).Select(kv => kv.Key).ShouldBeEmpty("downloads that differ from a fresh build");
            var index = Tree(Path.Combine(Site, "search-index"));
            var freshIndex = Tree(Path.Combine(_dir, "fresh", "search-index"));
            index.Keys.Order(StringComparer.Ordinal).ShouldBe(freshIndex.Keys.Order(StringComparer.Ordinal));
            index.Where(kv => freshIndex[kv.Key] != kv.Value).Select(kv => kv.Key).ShouldBeEmpty("search files (patched into the index made after the first build) that differ from a fresh build");
        }
        finally
        {
            await stop.CancelAsync();
            (await serve).ShouldBe(CliApp.ExitOk, output.ToString());
        }
    }

    [Fact]
    public async Task Over_a_site_build_made_the_first_edit_leaves_the_downloads_to_the_background_and_the_site_then_equals_a_clean_build()
    {
        // bench/run's procedure: build, then serve over its site. The downloads serve's first build keeps read the lists
        // (build's read set), so the first edit finds them affected; they must still be left to the background.
        new SiteBuildRunner(Lists, Site, Templates) { Precompress = true }.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        var runner = new SiteBuildRunner(Lists, Site, Templates) { WaitForCleanup = false, ReuseUnchangedFiles = true, DeferDownloads = true, DeferManifest = true, DeferSearchIndex = true, Preview = true };
        runner.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        Cli.Commands.Serving.IdleSearchIndex.Complete(runner.Warm).ShouldBeTrue("the first build left its search index to make");
        var before = Snapshot(Downloads);
        before.Keys.ShouldContain("entries.json");
        var untouched = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(Downloads))
        {
            File.SetLastWriteTimeUtc(file, untouched);
        }

        var cf = Path.Combine(Lists, "fgw", "cf.yaml");
        File.WriteAllText(cf, File.ReadAllText(cf).Replace("name: ", "name: 保存后的", StringComparison.Ordinal));
        runner.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        Directory.GetFiles(Path.Combine(Site, "entry"), "index.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("保存后的", StringComparison.Ordinal)).ShouldBeGreaterThan(0, "the pages show the edit");
        Directory.GetFiles(Downloads).Where(f => File.GetLastWriteTimeUtc(f) != untouched).Select(Path.GetFileName)
            .ShouldBeEmpty("the edit's build writes no current download (they are made in the background)");
        Snapshot(Downloads).ShouldBe(before, "nor renders one: the files are the first build's, without the edit");

        (await WriteDownloadsNow(runner)).ShouldBe(["下载文件已更新（data/current/）"]);

        var fresh = Path.Combine(_dir, "fresh");
        new SiteBuildRunner(Lists, fresh, Templates) { Preview = true }.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        var (actual, expected) = (Tree(Site), Tree(fresh));
        actual.Remove(BuildManifest.FileName).ShouldBeTrue("serve's stub manifest (written whole by BackgroundManifest, ServeManifestTests)");
        expected.Remove(BuildManifest.FileName).ShouldBeTrue();
        actual.Keys.Union(expected.Keys).Where(k => actual.GetValueOrDefault(k) != expected.GetValueOrDefault(k))
            .ShouldBeEmpty("files that differ from a clean build once the background downloads are written");
    }

    [Fact]
    public async Task A_save_before_they_are_due_cancels_the_downloads_and_lists_written_already_are_not_made_again()
    {
        var runner = new SiteBuildRunner(Lists, Site, Templates) { ReuseUnchangedFiles = true, DeferDownloads = true };
        runner.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        var before = Snapshot(Downloads);
        var said = new List<string>();
        using var gate = new SemaphoreSlim(1, 1);
        using var downloads = new Cli.Commands.Serving.BackgroundDownloads(Site, gate, TimeSpan.FromSeconds(1), said.Add, said.Add);

        downloads.Schedule(runner.LastBuilt!);
        downloads.Cancel();
        await downloads.Running;
        said.ShouldBeEmpty("cancelled before they were due");

        downloads.Schedule(runner.LastBuilt!);
        await downloads.Running;
        said.ShouldBe(["下载文件已更新（data/current/）"]);
        Snapshot(Downloads).ShouldBe(before, "the same lists give the same files");

        downloads.Schedule(runner.LastBuilt!);
        await downloads.Running;
        said.Count.ShouldBe(1, "the lists written last are not written again");
    }

    [Fact]
    public async Task Written_straight_to_their_files_the_background_downloads_are_byte_for_byte_the_builds()
    {
        var fresh = new SiteBuildRunner(Lists, Path.Combine(_dir, "fresh"), Templates) { Preview = true };
        fresh.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        var expected = Snapshot(Path.Combine(_dir, "fresh", "data", "current"));
        expected.Keys.ShouldContain("entries.json");
        expected.Keys.ShouldContain("entries.xlsx");

        var runner = new SiteBuildRunner(Lists, Site, Templates) { ReuseUnchangedFiles = true, DeferDownloads = true, Preview = true };
        runner.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        foreach (var file in Directory.GetFiles(Downloads))
        {
            File.WriteAllText(file, "旧文件"); // what the background work replaces: none of the build's bytes are left to reuse
        }

        (await WriteDownloadsNow(runner)).ShouldBe(["下载文件已更新（data/current/）"]);
        var after = Snapshot(Downloads);
        after.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        after.Where(kv => expected[kv.Key] != kv.Value).Select(kv => kv.Key).ShouldBeEmpty("downloads that differ from a build's");
        Directory.GetFiles(Site, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty("no temporary file left in the site");
    }

    [Fact]
    public async Task A_download_that_cannot_be_put_in_place_is_reported_and_leaves_no_temporary_file()
    {
        var runner = new SiteBuildRunner(Lists, Site, Templates) { ReuseUnchangedFiles = true, DeferDownloads = true, Preview = true };
        runner.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        var blocked = Path.Combine(Downloads, "entries.xlsx");
        File.Delete(blocked);
        Directory.CreateDirectory(blocked); // the rename over it fails after the temporary files were written

        var said = new List<string>();
        using var gate = new SemaphoreSlim(1, 1);
        using var downloads = new Cli.Commands.Serving.BackgroundDownloads(Site, gate, TimeSpan.Zero, said.Add, said.Add);
        downloads.Schedule(runner.LastBuilt!);
        await downloads.Running;

        said.Count.ShouldBe(1);
        said[0].ShouldStartWith("powerlist: 下载文件没有更新");
        Directory.GetFiles(Site, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty("the temporary files are deleted");
        Directory.Exists(blocked).ShouldBeTrue();
    }

    /// <summary>serve's background downloads of <paramref name="runner"/>'s last good build, due at once; what they said.</summary>
    private async Task<List<string>> WriteDownloadsNow(SiteBuildRunner runner)
    {
        var said = new List<string>();
        using var gate = new SemaphoreSlim(1, 1);
        using var downloads = new Cli.Commands.Serving.BackgroundDownloads(Site, gate, TimeSpan.Zero, said.Add, said.Add);
        downloads.Schedule(runner.LastBuilt!);
        await downloads.Running;
        return said;
    }

    private static async Task WaitFor(TextWriter log, StringWriter output, string text, int times, Task serve)
    {
        var until = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < until)
        {
            string now;
            lock (log) // TextWriter.Synchronized locks the wrapper
            {
                now = output.ToString();
            }

            if (Count(now, text) >= times)
            {
                return;
            }

            serve.IsCompleted.ShouldBeFalse(now);
            await Task.Delay(20);
        }

        throw new TimeoutException($"「{text}」 did not appear {times} times:\n{output}");
    }

    private static int Count(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The files of a folder and below it by relative path, each as the hash of its bytes.</summary>
    private static Dictionary<string, string> Tree(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>The files of a folder (not below it) by name, each as the hash of its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
