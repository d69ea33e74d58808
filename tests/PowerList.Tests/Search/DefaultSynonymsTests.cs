using PowerList.Search.Analysis;
using PowerList.Search.Indexing;
using PowerList.Tests.Site;
using YamlDotNet.RepresentationModel;

namespace PowerList.Tests.Search;

/// <summary>The shipped synonym table: every expansion occurs in the default lists' index (all its pairs in one entry), and lists/synonyms.yaml is the same table.</summary>
public class DefaultSynonymsTests
{
    [Fact]
    public void Every_expansion_occurs_in_the_default_lists_index()
    {
        var lists = SiteTestSupport.Load(SiteTestSupport.DefaultLists);
        var index = IndexBuilder.Build(DocumentExtractor.Extract(lists).Documents);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(DefaultSynonyms.Yaml()));
        var rows = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["synonyms"];
        var missing = new List<string>();
        var count = 0;
        foreach (YamlMappingNode row in rows)
        {
            foreach (var expansion in ((YamlSequenceNode)row["expansions"]).Select(e => ((YamlScalarNode)e).Value!))
            {
                count++;
                var docs = Tokenizer.QueryTokens(expansion)
                    .Select(t => index.Postings.TryGetValue(t, out var p) ? p.Select(x => x.Doc).ToHashSet() : [])
                    .Aggregate((a, b) => a.Intersect(b).ToHashSet());
                if (docs.Count == 0)
                {
                    missing.Add($"{((YamlScalarNode)row["term"]).Value} → {expansion}");
                }
            }
        }

        count.ShouldBeGreaterThan(300);
        missing.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(BuiltIndex.RepoRoot(), "lists", "synonyms.yaml")).ShouldBe(DefaultSynonyms.Yaml());
    }
}
