using System.Text;
using PowerList.Search.Indexing;

namespace PowerList.Tests.Search;

public class IndexFileCodecTests
{
    [Fact]
    public void Every_index_file_is_gzip_with_a_fixed_header_and_decompresses_to_json()
    {
        var files = BuiltIndex.Fixture.Files;
        files.Keys.ShouldAllBe(p => p.EndsWith(IndexFileCodec.Extension, StringComparison.Ordinal));
        foreach (var (path, bytes) in files)
        {
            bytes[..4].ShouldBe(new byte[] { 0x1F, 0x8B, 8, 0 }, path); // gzip, deflate, no file name
            bytes[4..8].ShouldBe(new byte[4], path); // mtime 0
            bytes[9].ShouldBe((byte)255, path); // OS unknown, the same on every platform
            var json = Encoding.UTF8.GetString(IndexFileCodec.Decompress(bytes));
            Should.NotThrow(() => System.Text.Json.JsonDocument.Parse(json), path);
        }
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
