using PowerList.Search.Analysis;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;
using PowerList.Search.Querying;

namespace PowerList.Tests.Search;

/// <summary>
/// The engine stops fetching impact tiers early; these tests check that its top results equal an exhaustive
/// scoring computed straight from the in-memory inverted index.
/// </summary>
public class PruningTests
{
    private static readonly Lazy<(InvertedIndex Index, IReadOnlyList<SearchDocument> Docs)> Exhaustive = new(() =>
    {
        var extracted = DocumentExtractor.Extract(SearchFixture.Lists);
        return (IndexBuilder.Build(extracted.Documents), extracted.Documents);
    });

    public static IEnumerable<object[]> Queries => CaseFile.Queries().Select(q => new object[] { q });

    [Theory]
    [MemberData(nameof(Queries))]
    public void Pruned_top_ten_equals_exhaustive_top_ten(string line)
    {
        var (query, department, category) = ParityQuery.Parse(line);
        var engine = BuiltIndex.Fixture.Engine();
        var response = engine.Search(new SearchRequest(query, department, category));
        var expected = ExhaustiveTop(query, department, category, engine, 10);
        response.Hits.Select(h => h.Code).ShouldBe(expected.Select(e => e.Item1));

        // A hit's score is exact, not the lower bound that settled its place.
        response.Hits.Select(h => h.Score).ShouldBe(expected.Select(e => e.Item2));
    }

    [Fact]
    public void A_common_term_is_stored_as_bitmap_and_tiers_and_a_query_reads_few_tiers()
    {
        Exhaustive.Value.Index.Postings["处罚"].Count.ShouldBeGreaterThan(IndexSettings.CommonThreshold(Exhaustive.Value.Docs.Count));
        var response = BuiltIndex.Fixture.Search("处罚");
        var tierFiles = response.FilesRead.Count(f => f.StartsWith("post/", StringComparison.Ordinal));
        tierFiles.ShouldBeLessThan(4);
        response.Total.ShouldBe(Exhaustive.Value.Index.Postings["处罚"].Count);
    }

    [Fact]
    public void In_a_query_of_two_words_a_term_in_more_than_half_of_the_documents_reads_no_tier_outside_names()
    {
        // The fixture's flat bigram with the most postings both in and outside names.
        var (index, docs) = Exhaustive.Value;
        var term = index.Postings
            .Where(p => p.Key.Length == 2 && IndexSettings.Flat(p.Value.Count, docs.Count))
            .OrderByDescending(p => Math.Min(p.Value.Count(x => (x.Impact & 1) == 0), p.Value.Count(x => (x.Impact & 1) != 0))).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).FirstOrDefault();
        term.ShouldNotBeNull("the fixture has a term in more than half of its entries");
        index.Postings[term].Count(x => (x.Impact & 1) == 0).ShouldBeGreaterThan(0, $"{term} is outside some names");
        index.Postings[term].Count(x => (x.Impact & 1) != 0).ShouldBeGreaterThan(0, $"{term} is in some names");

        var engine = BuiltIndex.Fixture.Engine();
        var meta = engine.Meta;
        var entry = engine.Files.Require($"dict/{Fnv.Shard(term, meta.DictShards)}.jgz").GetProperty(term);

        // A tier whose name max is 0 holds (with the tiers after it) no name posting: a flat term's tiers outside names.
        var tiers = entry.GetProperty("t").EnumerateArray().Select(t => (Ref: (t[0].GetInt32(), t[1].GetInt32()), NameMax: t[3].GetInt32())).ToList();
        var outside = tiers.Where(t => t.NameMax == 0).Select(t => t.Ref).ToList();
        outside.ShouldNotBeEmpty($"{term} has tiers outside names");
        tiers.Count.ShouldBeGreaterThan(outside.Count, "and tiers in names");

        // With another word, its tiers outside names are not read, and the top ten is that of the exhaustive scoring.
        var query = $"食品 {term}";
        var response = engine.Search(new SearchRequest(query));
        response.Hits.Count.ShouldBe(10);
        engine.Files.BlobsRead.Intersect(outside).ShouldBeEmpty();
        response.Hits.Select(h => (h.Code, h.Score)).ShouldBe(ExhaustiveTop(query, null, null, BuiltIndex.Fixture.Engine(), 10));

        // Asked alone, it reads them: its impacts outside names are exact, and every result's score is.
        var one = BuiltIndex.Fixture.Engine();
        var alone = one.Search(new SearchRequest(term, Limit: docs.Count));
        one.Files.BlobsRead.Intersect(outside).ShouldNotBeEmpty();
        alone.Hits.Select(h => (h.Code, h.Score)).ShouldBe(ExhaustiveTop(term, null, null, BuiltIndex.Fixture.Engine(), docs.Count));
    }

    [Fact]
    public void A_document_row_holds_the_impacts_of_the_very_common_terms_in_its_name_and_only_those()
    {
        var (index, docs) = Exhaustive.Value;
        var threshold = IndexSettings.RowTermThreshold(docs.Count);
        var expected = new Dictionary<int, Dictionary<string, int>>();
        foreach (var (term, postings) in index.Postings.Where(p => p.Key.Length >= 2 && p.Value.Count > threshold))
        {
            foreach (var (doc, impact) in postings.Where(p => (p.Impact & 1) != 0))
            {
                (expected.TryGetValue(doc, out var map) ? map : expected[doc] = [])[term] = impact >> 1;
            }
        }

        expected.Count.ShouldBeGreaterThan(100, "the fixture's 处罚 is a common term in hundreds of names");
        var engine = BuiltIndex.Fixture.Engine();
        var files = new IndexFiles(path => BuiltIndex.Fixture.Files.TryGetValue(PowerList.Output.SiteUrls.SearchIndexFolder + path, out var b) ? b : null);
        for (var doc = 0; doc < docs.Count; doc++)
        {
            var row = files.Require($"docs/{doc / engine.Meta.DocsPerShard}.jgz")[doc % engine.Meta.DocsPerShard][5];
            var actual = row.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
            actual.ShouldBe(expected.TryGetValue(doc, out var map) ? map : [], $"doc {doc}");
            actual.Keys.SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)).ShouldBeTrue($"doc {doc}: ordinal order");
        }
    }

    private static List<(string, int)> ExhaustiveTop(string query, string? department, string? category, SearchEngine engine, int limit)
    {
        var meta = engine.Meta;
        var (index, docs) = Exhaustive.Value;
        var plan = engine.Plan(query); // segmented and resolved as the engine does; scored here from the in-memory index
        var departmentIndex = department is null ? -1 : engine.Facets.DepartmentIds.ToList().IndexOf(department);
        var categoryIndex = category is null ? -1 : meta.Categories.Select(c => c.Key).ToList().IndexOf(category);
        if ((department is not null && departmentIndex < 0) || (category is not null && categoryIndex < 0))
        {
            return []; // a filter value the index does not know matches nothing
        }

        var scored = new List<(string Code, int Score, int Doc, int Coverage)>();
        var codeDoc = plan.Code is null ? -1 : docs.ToList().FindIndex(d => d.Codes.Contains(plan.Code));
        if (codeDoc >= 0)
        {
            var passes = (departmentIndex < 0 || docs[codeDoc].Department == departmentIndex) && (categoryIndex < 0 || docs[codeDoc].Category == categoryIndex);
            return passes ? [(docs[codeDoc].Code, IndexSettings.CodeBoost)] : [];
        }

        for (var d = 0; d < docs.Count; d++)
        {
            if ((departmentIndex >= 0 && docs[d].Department != departmentIndex) || (categoryIndex >= 0 && docs[d].Category != categoryIndex))
            {
                continue;
            }

            int score = 0, coverage = 0;
            var allInName = plan.Words.Count > 0;
            for (var w = 0; w < plan.Words.Count; w++)
            {
                int? Impact(string t) => index.Postings.TryGetValue(t, out var p) ? p.Where(x => x.Doc == d).Select(x => (int?)x.Impact).FirstOrDefault() : null;

                // With two or more words, a term in more than half of the documents counts its least impact outside the name.
                int Value(string t, int stored) =>
                    plan.Words.Count >= 2 && (stored & 1) == 0 && IndexSettings.Flat(index.Postings[t].Count, docs.Count)
                        ? index.Postings[t].Min(x => x.Impact >> 1)
                        : stored >> 1;
                if (plan.PartialMin[w] > 0)
                {
                    var present = plan.Words[w][0].Where(t => Impact(t) is not null).ToList();
                    if (present.Count >= plan.PartialMin[w])
                    {
                        coverage += 1;
                        score += present.Sum(t => Value(t, Impact(t)!.Value));
                    }

                    allInName = false;
                    continue;
                }

                int? best = null;
                var wordInName = false;
                for (var a = 0; a < plan.Words[w].Count; a++)
                {
                    var impacts = plan.Words[w][a].Select(Impact).ToList();
                    if (impacts.Any(i => i is null))
                    {
                        continue;
                    }

                    // A synonym expansion (not the word as typed) counts three quarters.
                    var sum = plan.Words[w][a].Sum(t => Value(t, Impact(t)!.Value));
                    best = Math.Max(best ?? int.MinValue, a == 0 && plan.Literal[w] ? sum : sum * 3 / 4);
                    wordInName |= impacts.All(i => (i!.Value & 1) != 0);
                }

                if (best is not null)
                {
                    coverage += 2;
                    score += best.Value;
                }

                allInName &= wordInName;
            }

            // A result covers at least half of the query's words; results are ordered by coverage, then score.
            if (coverage == 0 || 2 * coverage < 2 * plan.Words.Count)
            {
                continue;
            }

            if (allInName)
            {
                score += IndexSettings.PhraseBoost;
            }

            scored.Add((docs[d].Code, score, d, coverage));
        }

        return scored.OrderByDescending(s => s.Coverage).ThenByDescending(s => s.Score).ThenBy(s => s.Doc).Take(limit).Select(s => (s.Code, s.Score)).ToList();
    }
}
