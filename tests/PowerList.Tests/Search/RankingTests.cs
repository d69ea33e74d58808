namespace PowerList.Tests.Search;

public class RankingTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Rows("ranking-cases.txt", 3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expected_entry_comes_first(string query, string expected, string filters)
    {
        var f = filters.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var response = BuiltIndex.Fixture.Search(query, f.GetValueOrDefault("dept"), f.GetValueOrDefault("cat"), f.GetValueOrDefault("level"));
        response.Hits.ShouldNotBeEmpty();
        response.Hits[0].Code.ShouldBe(expected);
    }

    [Fact]
    public void Private_entries_are_not_found_and_not_in_any_index_byte()
    {
        BuiltIndex.Fixture.Search("涉密测试保密事项").Total.ShouldBe(0);
        BuiltIndex.Fixture.Search("650200-FGW-XK-0003").Total.ShouldBe(0);
        var all = string.Concat(BuiltIndex.Fixture.Files.Values.Select(b => System.Text.Encoding.UTF8.GetString(b)));
        all.ShouldNotContain("涉密测试");
        all.ShouldNotContain("650200-FGW-XK-0003");
    }

    [Fact]
    public void Facets_count_matches_and_filters_combine_with_the_query()
    {
        var all = BuiltIndex.Fixture.Search("许可");
        var byDepartment = all.Departments.ToDictionary(f => f.Value, f => f.Count);
        byDepartment["scjgj"].ShouldBe(3); // 食品经营许可, 营业执照核发 (category 行政许可), 对未取得食品经营许可…的处罚
        byDepartment["jtysj"].ShouldBe(2);
        var filtered = BuiltIndex.Fixture.Search("许可", department: "jtysj");
        filtered.Total.ShouldBe(2);
        filtered.Hits.ShouldAllBe(h => h.Department == "jtysj");
        filtered.Departments.Sum(f => f.Count).ShouldBe(all.Total); // the department facet ignores its own filter
        filtered.Categories.Sum(f => f.Count).ShouldBe(2);
        BuiltIndex.Fixture.Search("许可", department: "no-such").Total.ShouldBe(0);
    }

    [Fact]
    public void Ties_are_broken_by_code()
    {
        var hits = BuiltIndex.Fixture.Search("环境保护法", limit: 50).Hits;
        for (var i = 1; i < hits.Count; i++)
        {
            if (hits[i].Score == hits[i - 1].Score)
            {
                string.CompareOrdinal(hits[i - 1].Code, hits[i].Code).ShouldBeLessThan(0);
            }
            else
            {
                hits[i].Score.ShouldBeLessThan(hits[i - 1].Score);
            }
        }
    }

    [Fact]
    public void Hits_carry_the_entry_url()
    {
        var hit = BuiltIndex.Fixture.Search("工伤认定").Hits[0];
        hit.Url.ShouldBe("entry/650200-RSJ-QR-0001/");
        hit.Department.ShouldBe("rsj");
        hit.Category.ShouldBe("qr");
    }
}
