using System.Text;
using PowerList.Search.Indexing;

namespace PowerList.Tests.Search;

public class IndexFileCodecTests
{
    [Fact]
    public void Every_index_file_is_gzip_with_a_fixed_header_and_decompresses_to_json()
    {
        var files = BuiltIndex.Fixture.Files;
        // JSON everywhere but the posting packs, which are binary.
        files.Keys.ShouldAllBe(p => p.Contains("/post/", StringComparison.Ordinal)
            ? p.EndsWith(IndexFileCodec.BinaryExtension, StringComparison.Ordinal)
            : p.EndsWith(IndexFileCodec.Extension, StringComparison.Ordinal));
        foreach (var (path, bytes) in files)
        {
            bytes[..4].ShouldBe(new byte[] { 0x1F, 0x8B, 8, 0 }, path); // gzip, deflate, no file name
            bytes[4..8].ShouldBe(new byte[4], path); // mtime 0
            bytes[9].ShouldBe((byte)255, path); // OS unknown, the same on every platform
            var content = IndexFileCodec.Decompress(bytes);
            if (path.EndsWith(IndexFileCodec.Extension, StringComparison.Ordinal))
            {
                Should.NotThrow(() => System.Text.Json.JsonDocument.Parse(Encoding.UTF8.GetString(content)), path);
            }
            else
            {
                var i = 0;
                var count = PostingCodec.ReadVarint(content, ref i);
                var lengths = Enumerable.Range(0, count).Select(_ => PostingCodec.ReadVarint(content, ref i)).ToList();
                (i + lengths.Sum()).ShouldBe(content.Length, path); // count, lengths, then exactly the blobs
            }
        }
    }

    [Fact]
    public void Posting_packs_are_compressed_at_the_default_level_and_json_at_the_smallest_size()
    {
        var packs = 0;
        foreach (var (path, bytes) in BuiltIndex.Fixture.Files)
        {
            var binary = path.EndsWith(IndexFileCodec.BinaryExtension, StringComparison.Ordinal);
            var content = IndexFileCodec.Decompress(bytes);
            (binary ? IndexFileCodec.CompressBinary(content) : IndexFileCodec.Compress(content)).ShouldBe(bytes, path);
            packs += binary ? 1 : 0;
        }

        packs.ShouldBeGreaterThan(0);

        // The two levels are not the same compressor: a posting-like run of varints comes out differently.
        var random = new Random(7);
        var varints = new byte[64 << 10];
        for (var i = 0; i < varints.Length; i++)
        {
            varints[i] = (byte)(random.Next(4) == 0 ? random.Next(256) : random.Next(24)); // mostly small gaps
        }

        IndexFileCodec.CompressBinary(varints).ShouldNotBe(IndexFileCodec.Compress(varints));
        IndexFileCodec.Decompress(IndexFileCodec.CompressBinary(varints)).ShouldBe(varints);
    }

    [Fact]
    public void Compression_is_deterministic_and_plain_content_passes_through()
    {
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"[\"职权{i % 37}\",{i}],")));
        var first = IndexFileCodec.Compress(content);
        IndexFileCodec.Compress(content).ShouldBe(first);
        first.Length.ShouldBeLessThan(content.Length / 4);
        IndexFileCodec.Decompress(first).ShouldBe(content);
        IndexFileCodec.Decompress(content).ShouldBe(content); // a host that already decoded it
    }

    [Fact]
    public void The_first_results_do_not_read_the_facet_file_but_a_filter_does()
    {
        var engine = BuiltIndex.Fixture.Engine();
        var plain = engine.Search(new PowerList.Search.Querying.SearchRequest("许可", Facets: false));
        plain.FilesRead.ShouldNotContain("facets.jgz");
        plain.Departments.ShouldBeEmpty();
        plain.Total.ShouldBe(BuiltIndex.Fixture.Search("许可").Total);
        var filtered = BuiltIndex.Fixture.Engine().Search(new PowerList.Search.Querying.SearchRequest("许可", Department: "jtysj", Facets: false));
        filtered.FilesRead.ShouldContain("facets.jgz");
        filtered.Total.ShouldBe(2);
    }
}
