using PowerList.Generation;
using PowerList.Model;
using PowerList.Tests.Site;

namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// A list set indexed by both engines: ours (the index files the site build writes, <see cref="BuiltIndex"/>) and
/// Lucene's (<see cref="LuceneOracle"/>). Built once per corpus and test run.
/// </summary>
public sealed class OracleCorpus
{
    /// <summary>The repository's default lists (<c>lists/</c>: the 1,550 real Karamay entries).</summary>
    public const string Real = "real";

    /// <summary>3,000 entries from <c>powerlist generate</c> (<see cref="ListGenerator"/>, seed 1).</summary>
    public const string Generated = "generated";

    public const int GeneratedEntries = 3000;

    private static readonly Dictionary<string, Lazy<OracleCorpus>> Corpora = new(StringComparer.Ordinal)
    {
        [Real] = new(() => new OracleCorpus(SiteTestSupport.Load(SiteTestSupport.DefaultLists))),
        [Generated] = new(() => new OracleCorpus(GenerateLists())),
    };

    private OracleCorpus(ListSet lists)
    {
        Lists = lists;
        Ours = new BuiltIndex(lists);
        Lucene = new LuceneOracle(lists);
    }

    public static IReadOnlyList<string> Names { get; } = [Real, Generated];

    public ListSet Lists { get; }

    public BuiltIndex Ours { get; }

    public LuceneOracle Lucene { get; }

    public static OracleCorpus Get(string name) => Corpora[name].Value;

    /// <summary>Runs one line of a query file (<see cref="ParityQuery"/> format) on both engines.</summary>
    public OracleComparison Compare(string line)
    {
        var (query, department, category) = ParityQuery.Parse(line);
        var ours = Ours.Search(query, department, category, limit: OracleComparison.TopK).Hits.Select(h => h.Code).ToList();
        return new OracleComparison(
            line, Lucene.Search(query, department, category), ours, Lucene.Relevant(query, department, category, Lists.Synonyms));
    }

    private static ListSet GenerateLists()
    {
        var dir = SiteTestSupport.NewTempFolder("oracle-generated");
        try
        {
            ListGenerator.Generate(GeneratedEntries, seed: 1, dir);
            return SiteTestSupport.Load(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
