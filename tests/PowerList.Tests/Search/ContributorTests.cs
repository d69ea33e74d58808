using PowerList.Output;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;

namespace PowerList.Tests.Search;

public class ContributorTests
{
    [Fact]
    public void Output_is_deterministic_and_only_under_the_index_folder()
    {
        var first = new SearchIndexContributor().Contribute(SearchFixture.Lists).ToList();
        var second = new SearchIndexContributor().Contribute(SearchFixture.Lists).ToList();
        first.Select(f => f.Path).ShouldBe(second.Select(f => f.Path));
        first.Zip(second).ShouldAllBe(p => p.First.Content.SequenceEqual(p.Second.Content));
        first.ShouldAllBe(f => f.Path.StartsWith(SiteUrls.SearchIndexFolder, StringComparison.Ordinal));
        first.Select(f => f.Path).ShouldBeUnique();
    }

    [Fact]
    public void Files_are_small_and_far_fewer_than_entries_times_terms()
    {
        var files = BuiltIndex.Fixture.Files;
        files.Values.Max(b => b.Length).ShouldBeLessThan(2 * 1024 * 1024);
        var entries = SearchFixture.Lists.PublicEntries.Count();
        files.Count(f => f.Key.Contains("/docs/", StringComparison.Ordinal)).ShouldBe((entries + IndexSettings.DocsPerShard - 1) / IndexSettings.DocsPerShard);
        files.Count.ShouldBeLessThan(entries * 2);
    }

    [Fact]
    public void The_shipped_traditional_table_covers_every_pair_of_the_embedded_one()
    {
        var shipped = BuiltIndex.Fixture.Files.Where(f => f.Key.StartsWith(SiteUrls.SearchIndexFolder + "t2s/", StringComparison.Ordinal))
            .SelectMany(f => System.Text.Json.JsonDocument.Parse(IndexFileCodec.Decompress(f.Value)).RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())))
            .ToDictionary(p => p.Name[0], p => p.Item2![0]);
        shipped.Count.ShouldBe(PowerList.Search.Analysis.CharFolding.TraditionalToSimplified.Count);
        shipped['營'].ShouldBe('营');

        // Each file t2s/N holds the pairs whose code point >> T2sShift is N, and meta.jgz lists every N as ranges.
        var numbers = new List<int>();
        foreach (var (path, bytes) in BuiltIndex.Fixture.Files.Where(f => f.Key.StartsWith(SiteUrls.SearchIndexFolder + "t2s/", StringComparison.Ordinal)))
        {
            var n = int.Parse(Path.GetFileNameWithoutExtension(path));
            numbers.Add(n);
            System.Text.Json.JsonDocument.Parse(IndexFileCodec.Decompress(bytes)).RootElement.EnumerateObject()
                .ShouldAllBe(p => p.Name[0] >> IndexSettings.T2sShift == n);
        }

        var meta = BuiltIndex.Fixture.Engine().Meta;
        var ranges = System.Text.Json.JsonDocument.Parse(IndexFileCodec.Decompress(BuiltIndex.Fixture.Files[SiteUrls.SearchIndexFolder + "meta.jgz"]))
            .RootElement.GetProperty("t2s").EnumerateArray().Select(r => (r[0].GetInt32(), r[1].GetInt32())).ToList();
        ranges.SelectMany(r => Enumerable.Range(r.Item1, r.Item2 - r.Item1 + 1)).ShouldBe(numbers.Order());
        ranges.Zip(ranges.Skip(1)).ShouldAllBe(p => p.Second.Item1 > p.First.Item2 + 1, "ranges of consecutive files, each as long as it can be");
        meta.Documents.ShouldBeGreaterThan(0);
    }
}
