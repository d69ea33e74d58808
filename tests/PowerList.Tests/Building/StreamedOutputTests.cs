using System.IO.Compression;
using System.Text;
using PowerList.Building;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Compression;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;

namespace PowerList.Tests.Building;

/// <summary>
/// Outputs written straight to their files (<see cref="PlannedOutput.Streamed"/>, the open-data downloads): the site
/// holds exactly the bytes the writer wrote, keyed as those bytes; their gzip copy is the same bytes as the in-memory
/// copy of the same file; an unchanged one is left in place by a rebuild, a copy deleted by hand is made again from the
/// reused file; a build that throws after one was written leaves the previous site as it was.
/// </summary>
public sealed class StreamedOutputTests : IDisposable
{
    private static readonly DateTime Long = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = SiteTestSupport.NewTempFolder("streamed");

    private string Out => Path.Combine(_dir, "site");

    private string Big => Path.Combine(Out, "data", "big.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_streamed_file_and_its_copy_are_the_bytes_written_and_their_in_memory_gzip()
    {
        Build(new Downloads("a"));

        var bytes = Downloads.Content("a");
        File.ReadAllBytes(Big).ShouldBe(bytes);
        File.ReadAllBytes(Big + ".gz").ShouldBe(Precompression.Default.Gzip(bytes), "streamed gzip equals the copy made in memory");
        Gunzip(File.ReadAllBytes(Big + ".gz")).ShouldBe(bytes);
        File.ReadAllText(Path.Combine(Out, "data", "small.txt")).ShouldBe("small a");
    }

    [Fact]
    public void An_unchanged_streamed_file_is_kept_and_a_copy_deleted_by_hand_is_made_again_from_it()
    {
        Build(new Downloads("a"));
        var gz = File.ReadAllBytes(Big + ".gz");
        File.SetLastWriteTimeUtc(Big, Long);
        File.Delete(Big + ".gz");

        Build(new Downloads("a"));

        File.GetLastWriteTimeUtc(Big).ShouldBe(Long, "its inputs did not change: left in place");
        File.ReadAllBytes(Big + ".gz").ShouldBe(gz, "made again, streamed from the reused file");
    }

    [Fact]
    public void A_changed_streamed_file_is_written_again_in_place_as_a_clean_build_writes_it()
    {
        Build(new Downloads("a"));
        Build(new Downloads("b"));
        var rebuilt = SiteTestSupport.Snapshot(Out);

        var clean = Path.Combine(_dir, "clean");
        Build(new Downloads("b"), clean);

        File.ReadAllBytes(Big).ShouldBe(Downloads.Content("b"));
        var fresh = SiteTestSupport.Snapshot(clean);
        rebuilt.Keys.ShouldBe(fresh.Keys);
        foreach (var (path, bytes) in fresh)
        {
            if (path != BuildManifest.FileName)
            {
                rebuilt[path].ShouldBe(bytes, path);
            }
        }
    }

    [Fact]
    public void A_build_throwing_after_a_streamed_file_was_written_leaves_the_previous_site()
    {
        Build(new Downloads("a"));
        var before = SiteTestSupport.Snapshot(Out);

        var thrown = Should.Throw<AggregateException>(() => Build(new Downloads("b", fail: true))); // from the parallel render
        thrown.InnerExceptions.ShouldContain(e => e is IOException);

        var after = SiteTestSupport.Snapshot(Out);
        after.Keys.ShouldBe(before.Keys);
        after.All(kv => kv.Value.SequenceEqual(before[kv.Key])).ShouldBeTrue();
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray().ShouldBe(["site", "site.lock"], "no stage or temporary folder left");
    }

    [Fact]
    public void Without_a_sink_a_streamed_output_is_made_in_memory_with_the_same_key()
    {
        var session = new IncrementalSession(Path.Combine(_dir, "none"), reuse: false);
        var files = session.Resolve(new Downloads("a"), SampleLists.Create()).ToList();

        var big = files.Single(f => f.Path == "data/big.csv");
        big.WrittenTo.ShouldBeNull();
        big.Content.ShouldBe(Downloads.Content("a"));
        big.Key.ShouldBe(ContentKey.Of("content", Downloads.Content("a")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70_000)]
    [InlineData(FixedGzip.Piece)]
    [InlineData(FixedGzip.Piece * 3 + 17)]
    public void A_file_is_keyed_and_compressed_the_same_read_in_pieces_as_in_memory(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
        {
            bytes[i] = (byte)'a'; // compressible
        }

        var path = Path.Combine(_dir, "file.bin");
        File.WriteAllBytes(path, bytes);

        ContentKey.OfFile("content", path).ShouldBe((ContentKey.Of("content", bytes), (long)length));
        using var input = File.OpenRead(path);
        using var output = new MemoryStream();
        FixedGzip.Compress(input, output, CompressionLevel.Fastest);
        output.ToArray().ShouldBe(FixedGzip.Compress(bytes, CompressionLevel.Fastest));

        // Written by a writer in the same pieces, after other bytes in the stream: the same member, header fixed.
        using var written = new MemoryStream();
        written.Write("before"u8);
        FixedGzip.Compress(written, CompressionLevel.Fastest, gzip =>
        {
            var at = 0;
            do
            {
                gzip.Write(bytes, at, Math.Min(FixedGzip.Piece, length - at));
                at += FixedGzip.Piece;
            }
            while (at < length);
        });
        written.ToArray().ShouldBe([.. "before"u8.ToArray(), .. FixedGzip.Compress(bytes, CompressionLevel.Fastest)]);
    }

    private void Build(ISiteContributor contributor, string? output = null)
    {
        var pipeline = new SitePipeline([contributor]) { Precompress = Precompression.Default };
        var result = pipeline.Build(SampleLists.Create(), Array.Empty<Diagnostic>(), output ?? Out);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    private static byte[] Gunzip(byte[] gz)
    {
        using var input = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>A streamed file of about 5 MB (over the size from which a reused file is read in pieces) and a small plain one.</summary>
    private sealed class Downloads(string version, bool fail = false) : IPlannedContributor
    {
        public string Name => "downloads";

        public string Fingerprint => version;

        public static byte[] Content(string version)
        {
            var text = new StringBuilder();
            for (var i = 0; text.Length < 3_000_000; i++)
            {
                text.Append(version).Append(",第").Append(i).Append("行,行政处罚\r\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        public IEnumerable<PlannedOutput> Plan(ListSet lists)
        {
            yield return PlannedOutput.Streamed("data/big.csv", (read, stream) => stream.Write(Content(version)));
            yield return PlannedOutput.Recorded("data/small.txt", read => fail ? throw new IOException("失败") : Encoding.UTF8.GetBytes("small " + version));
        }

        public IEnumerable<OutputFile> Contribute(ListSet lists) =>
            Plan(lists).Select(p => new OutputFile(p.Path, p.Render()));
    }
}
