using System.IO.Compression;
using System.Text;
using PowerList.Building;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site;
using PowerList.Site.Compression;
using PowerList.Site.Writing;

namespace PowerList.Tests.Site.Writing;

/// <summary>
/// The batch writer: batches written on a task of their own while the next ones render give the same site, byte for
/// byte and manifest included, as batches written one after another; each file's gzip copy is made beside it and the
/// copies are listed in the files' order; a write that fails in the background is thrown as itself, stops the writing,
/// and a pipeline build that hits it leaves the previous site and no temporary folder.
/// </summary>
public sealed class BatchWriterTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("batch-writer");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writing_beside_rendering_gives_the_same_site_as_writing_in_turn()
    {
        var batches = Files(1_500).Chunk(256).ToList();

        var inTurn = Write(Path.Combine(_dir, "in-turn"), batches, background: false);
        var beside = Write(Path.Combine(_dir, "beside"), batches, background: true);

        inTurn.Copies.ShouldBe(1_000, "two thirds of the files are 4 KB or more");
        beside.Copies.ShouldBe(inTurn.Copies);
        var expected = SiteTestSupport.Snapshot(Path.Combine(_dir, "in-turn"));
        var actual = SiteTestSupport.Snapshot(Path.Combine(_dir, "beside"));
        actual.Keys.ShouldBe(expected.Keys);
        actual.Where(kv => !kv.Value.SequenceEqual(expected[kv.Key])).Select(kv => kv.Key).ShouldBeEmpty();
        actual.Count.ShouldBe(1_500 + 1_000 + 1, "every file, every copy and the manifest");
        foreach (var (path, bytes) in actual.Where(kv => kv.Key.EndsWith(".gz", StringComparison.Ordinal)))
        {
            Gunzip(bytes).ShouldBe(actual[path[..^3]], path);
        }

        var copies = BuildManifest.TryLoad(Path.Combine(_dir, "beside"))!.Files.Keys.Where(k => k.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        copies.Count.ShouldBe(1_000);
    }

    [Fact]
    public void A_write_failing_in_the_background_is_thrown_as_itself_and_stops_the_writing()
    {
        var files = Files(1_200).ToList();
        files[300] = Text("f00299.txt/below.txt", 10); // its folder is a file: the write fails
        var site = Path.Combine(_dir, "failing");
        var session = new IncrementalSession(site, reuse: false);
        using var writer = AtomicSiteWriter.Open(site);

        var thrown = Should.Throw<IOException>(() =>
        {
            using var batches = new BatchWriter(writer, session, Precompression.Default, null, background: true, CancellationToken.None);
            foreach (var batch in files.Chunk(100))
            {
                batches.Add(batch);
            }

            batches.Finish();
        });

        thrown.ShouldNotBeOfType<AggregateException>();
        writer.FilesWritten.ShouldBeLessThan(1_200 + 800, "the batches after the failing one are not all written");
        File.Exists(Path.Combine(writer.TempFolder, "f01199.txt")).ShouldBeFalse("the last batch was never written");
    }

    [Fact]
    public void A_pipeline_build_whose_background_write_fails_leaves_the_previous_site_and_no_temporary_folder()
    {
        var site = Path.Combine(_dir, "site");
        var lists = SampleLists.Create();
        new SiteBuilder().Use(new Many("many", 1_000, failAt: -1)).Build().Build(lists, [], site);
        var before = SiteTestSupport.Snapshot(site);

        var pipeline = new SiteBuilder().Use(new Many("many", 1_000, failAt: 700)).Build();
        pipeline.Precompress = Precompression.Default;
        pipeline.Incremental = false; // a clean build: written beside the render, into a temporary folder
        Should.Throw<IOException>(() => pipeline.Build(lists, [], site));

        var after = SiteTestSupport.Snapshot(site);
        after.Keys.ShouldBe(before.Keys);
        after.Where(kv => !kv.Value.SequenceEqual(before[kv.Key])).Select(kv => kv.Key).ShouldBeEmpty();
        Directory.GetDirectories(_dir).ShouldBe([site], "the temporary folder is removed");
    }

    private static (int Copies, long Files) Write(string site, IReadOnlyList<ResolvedOutput[]> batches, bool background)
    {
        var session = new IncrementalSession(site, reuse: false);
        using var writer = AtomicSiteWriter.Open(site);
        int copies;
        using (var batchWriter = new BatchWriter(writer, session, Precompression.Default, null, background, CancellationToken.None))
        {
            foreach (var batch in batches)
            {
                batchWriter.Add(batch);
            }

            batchWriter.Finish();
            copies = batchWriter.Copies;
        }

        writer.Write(session.Manifest());
        var files = writer.FilesWritten;
        writer.Commit();
        return (copies, files);
    }

    /// <summary><paramref name="count"/> text files; every third is 2 KB (no copy), the others 4-6 KB.</summary>
    [Fact]
    public void The_folders_of_the_batches_handed_over_are_made_before_their_files_are_written()
    {
        var site = Path.Combine(_dir, "ahead");
        using var writer = AtomicSiteWriter.Open(site);
        var batch = Enumerable.Range(0, 50).Select(i => Text($"entry/e{i:D3}/history/index.html", 100)).Append(Text("f.txt/x.txt", 10)).Append(Text("f.txt", 10)).ToArray();

        using (var folders = new FolderMaker(writer))
        {
            folders.Add(batch);
            var last = Path.Combine(writer.TempFolder, "entry", "e049", "history");
            SpinWait.SpinUntil(() => Directory.Exists(last), TimeSpan.FromSeconds(60)).ShouldBeTrue("the last folder is made without any write");
        }

        Directory.GetDirectories(Path.Combine(writer.TempFolder, "entry")).Length.ShouldBe(50);
        Directory.EnumerateFiles(writer.TempFolder, "*", SearchOption.AllDirectories).ShouldBeEmpty("nothing was written");
        Directory.Exists(Path.Combine(writer.TempFolder, "f.txt")).ShouldBeFalse("a folder named by a file handed over is left to the writer");
    }

    private static IEnumerable<ResolvedOutput> Files(int count) =>
        Enumerable.Range(0, count).Select(i => Text($"f{i:D5}.txt", i % 3 == 0 ? 2048 : 4096 + (i * 7 % 2048)));

    private static ResolvedOutput Text(string path, int length)
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(path + " 权责清单 ", (length / 20) + 1)))[..length];
        return new ResolvedOutput(path, content, null, ContentKey.Of("content", content), content.Length);
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    /// <summary><paramref name="count"/> files of 5 KB; with <paramref name="failAt"/> ≥ 0 that file's folder is a file.</summary>
    private sealed class Many(string name, int count, int failAt) : ISiteContributor
    {
        public string Name => name;

        public IEnumerable<OutputFile> Contribute(ListSet lists)
        {
            for (var i = 0; i < count; i++)
            {
                var path = i == failAt ? $"p/{i - 1:D4}.html/below.html" : $"p/{i:D4}.html";
                yield return new OutputFile(path, Encoding.UTF8.GetBytes(new string('页', 1700) + i));
            }
        }
    }
}
