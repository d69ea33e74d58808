using PowerList.Search.Analysis;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;
using PowerList.Search.Querying;

namespace PowerList.Tests.Search;

/// <summary>
/// Common words stored whole (format 8, <see cref="CommonWords"/>): a query word equal to one reads the word's stored
/// documents instead of each pair's bitmap, and matches exactly what the pairs' bitmaps would match.
/// </summary>
public class CommonWordTests
{
    private static readonly Lazy<InvertedIndex> Index = new(() => IndexBuilder.Build(DocumentExtractor.Extract(SearchFixture.Lists).Documents));

    private static HashSet<int> Docs(string term) => Index.Value.Postings.TryGetValue(term, out var p) ? p.Select(x => x.Doc).ToHashSet() : [];

    private static HashSet<int> Intersection(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        var set = Docs(list[0]);
        foreach (var t in list.Skip(1))
        {
            set.IntersectWith(Docs(t));
        }

        return set;
    }

    /// <summary>The bitmap and stored-word references of <paramref name="term"/>'s dictionary entry.</summary>
    private static ((int, int) Bitmap, Dictionary<string, (int, int)> Words) Entry(SearchEngine engine, string term)
    {
        var entry = engine.Files.Require($"dict/{Fnv.Shard(term, engine.Meta.DictShards)}.jgz").GetProperty(term);
        var b = entry.GetProperty("b");
        var words = entry.TryGetProperty("w", out var w)
            ? w.EnumerateObject().ToDictionary(p => p.Name, p => (p.Value[0].GetInt32(), p.Value[1].GetInt32()))
            : [];
        entry.GetProperty("c").GetInt32().ShouldBe(Docs(term).Count, $"{term}: its document count");
        return ((b[0].GetInt32(), b[1].GetInt32()), words);
    }

    [Fact]
    public void A_common_word_whose_pairs_are_all_common_is_stored_with_its_first_pair_and_read_instead_of_their_bitmaps()
    {
        const string word = "行政处罚";
        QueryTables.CommonWords.ShouldContain(word);
        var tokens = Tokenizer.QueryTokens(word);
        var common = IndexSettings.CommonThreshold(Index.Value.Documents);
        tokens.ShouldAllBe(t => Docs(t).Count > common, "the fixture's 600 generated 行政处罚 entries make every pair common");

        var engine = BuiltIndex.Fixture.Engine();
        var words = Entry(engine, tokens[0]).Words;
        words.Keys.ShouldContain(string.Join(' ', tokens.Skip(1)));
        var stored = words[string.Join(' ', tokens.Skip(1))];
        var bitmaps = tokens.Select(t => Entry(BuiltIndex.Fixture.Engine(), t).Bitmap).ToList();

        // With another word: the word's stored documents are read, none of its pairs' bitmaps, and the matches are the
        // documents holding every pair of the word or the other word (half of the query's words).
        const string other = "食品";
        var query = $"{word} {other}";
        var response = engine.Search(new SearchRequest(query));
        engine.Files.BlobsRead.ShouldContain(stored);
        engine.Files.BlobsRead.Intersect(bitmaps).ShouldBeEmpty();
        var expected = Intersection(tokens);
        expected.UnionWith(Intersection(Tokenizer.QueryTokens(other)));
        response.Total.ShouldBe(expected.Count);

        // The same hits and scores as with every bitmap read (the word's pairs also asked apart, so not stored whole).
        var alone = BuiltIndex.Fixture.Engine().Search(new SearchRequest(word, Limit: 1000));
        alone.Total.ShouldBe(Intersection(tokens).Count);
    }

    [Fact]
    public void A_pair_of_a_stored_word_also_asked_apart_keeps_its_own_bitmap()
    {
        // 行政 is both in 行政处罚 and a word of its own: its membership must be its bitmap, not the word's documents.
        var engine = BuiltIndex.Fixture.Engine();
        var response = engine.Search(new SearchRequest("行政处罚 行政"));
        var bitmap = Entry(BuiltIndex.Fixture.Engine(), "行政").Bitmap;
        engine.Files.BlobsRead.ShouldContain(bitmap);
        var expected = Intersection(Tokenizer.QueryTokens("行政处罚"));
        expected.UnionWith(Docs("行政"));
        response.Total.ShouldBe(expected.Count);
        response.Partial.ShouldBe(Docs("行政").Count - Intersection(Tokenizer.QueryTokens("行政处罚")).Count);
    }
}
