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
    }
}
