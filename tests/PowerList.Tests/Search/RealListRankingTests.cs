using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>Expected first hits for real queries over the repository's default list (<c>lists/</c>).</summary>
public class RealListRankingTests
{
    private static readonly Lazy<BuiltIndex> Real = new(() => new BuiltIndex(SiteTestSupport.Load(SiteTestSupport.DefaultLists)));

    public static IEnumerable<object[]> Cases => CaseFile.Rows("real-ranking-cases.txt", 3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expected_entry_comes_first(string query, string expected, string filters)
    {
        var f = filters.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var response = Real.Value.Search(query, f.GetValueOrDefault("dept"), f.GetValueOrDefault("cat"));
        response.Hits.ShouldNotBeEmpty();
        if (expected.StartsWith('~'))
        {
            response.Hits[0].Name.ShouldContain(expected[1..]);
        }
        else
        {
            response.Hits[0].Code.ShouldBe(expected);
        }

        if (f.TryGetValue("dept", out var department))
        {
            response.Hits.ShouldAllBe(h => h.Department == department);
        }
    }

    [Fact]
    public void Every_entry_is_found_by_its_own_name_within_the_top_ten()
    {
        var lists = SiteTestSupport.Load(SiteTestSupport.DefaultLists);
        var missed = new List<string>();
        foreach (var entry in lists.PublicEntries.Where((_, i) => i % 25 == 0))
        {
            var hits = Real.Value.Search(entry.Name).Hits;
            if (hits.All(h => h.Name != entry.Name))
            {
                missed.Add($"{entry.Code} {entry.Name}");
            }
        }

        missed.ShouldBeEmpty();
    }
}
