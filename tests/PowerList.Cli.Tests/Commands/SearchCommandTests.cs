using System.Text.Json;
using PowerList.Model;
using PowerList.Search.Contributor;

namespace PowerList.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string site = Path.Combine(Path.GetTempPath(), "powerlist-search-" + Guid.NewGuid().ToString("N"));

    public SearchCommandTests()
    {
        var lists = new ListSet
        {
            Categories = [new Category { Code = "xk", Name = "行政许可" }, new Category { Code = "cf", Name = "行政处罚" }],
            Departments = [new Department { Id = "fgw", Name = "发展和改革委员会" }, new Department { Id = "scjgj", Name = "市场监督管理局" }],
            Synonyms = [new Synonym { Term = "餐馆", Expansions = ["食品经营"] }],
            Files =
            [
                new ListFile
                {
                    Path = "fgw/cf.yaml", Department = "fgw", Category = "cf",
                    Entries =
                    [
                        new Entry
                        {
                            Code = "650200-FGW-CF-0001", Name = "对违反价格法行为的处罚", Department = "fgw", Category = "cf",
                            Basis = [new Citation { Text = "《价格法》第三十九条：经营者不执行<b>政府指导价</b>、政府定价的，责令改正" }],
                        },
                    ],
                },
                new ListFile
                {
                    Path = "scjgj/xk.yaml", Department = "scjgj", Category = "xk",
                    Entries =
                    [
                        new Entry { Code = "650200-SCJGJ-XK-0001", Name = "食品经营许可", Department = "scjgj", Category = "xk" },
                        new Entry { Code = "650200-SCJGJ-XK-0002", Name = "营业执照核发", Department = "scjgj", Category = "xk" },
                        new Entry
                        {
                            Code = "650200-SCJGJ-XK-0000", Name = "食品流通许可", Department = "scjgj", Category = "xk",
                            Ended = new Ending { Type = "合并", Date = "2025-01-01", Document = "克政发〔2025〕1号", Successors = ["650200-SCJGJ-XK-0001"] },
                        },
                    ],
                },
            ],
        };
        foreach (var file in new SearchIndexContributor().Contribute(lists))
        {
            var path = Path.Combine(site, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    public void Dispose() => Directory.Delete(site, true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_snippet_comes_from_the_matched_field_with_marks_and_escaped_text()
    {
        var (code, output, _) = await Run("search", "政府指导价", "--site", site, "--format", "json");
        code.ShouldBe(0);
        var snippet = JsonDocument.Parse(output).RootElement[0].GetProperty("snippet");
        snippet.GetProperty("field").GetString().ShouldBe("依据");
        var text = snippet.GetProperty("text").GetString()!;
        text.ShouldBe("《价格法》第三十九条：经营者不执行<b>政府指导价</b>、政府定价的，责令改正");
        var marks = snippet.GetProperty("marks").EnumerateArray().Select(m => text.Substring(m[0].GetInt32(), m[1].GetInt32())).ToList();
        marks.ShouldBe(["政府指导价", "政府"]);
        snippet.GetProperty("marked").GetString().ShouldBe(
            "《价格法》第三十九条：经营者不执行&lt;b&gt;<mark>政府指导价</mark>&lt;/b&gt;、<mark>政府</mark>定价的，责令改正");

        (_, output, _) = await Run("search", "政府指导价", "--site", site);
        output.ShouldContain("          依据：《价格法》第三十九条");
    }

    [Fact]
    public async Task Json_lists_hits_best_first_with_the_documented_fields()
    {
        var (code, output, _) = await Run("search", "營業執照", "--site", site, "--format", "json");
        code.ShouldBe(0);
        var hits = JsonDocument.Parse(output).RootElement;
        hits.GetArrayLength().ShouldBe(1);
        var hit = hits[0];
        hit.EnumerateObject().Select(p => p.Name).ShouldBe(["code", "name", "department", "category", "url", "score", "status", "partial", "guide_url", "online_url", "snippet"]);
        hit.GetProperty("status").GetString().ShouldBe("in_force");
        hit.GetProperty("partial").GetBoolean().ShouldBeFalse();
        hit.GetProperty("code").GetString().ShouldBe("650200-SCJGJ-XK-0002");
        hit.GetProperty("url").GetString().ShouldBe("entry/650200-SCJGJ-XK-0002/");
        hit.GetProperty("score").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ended_powers_come_after_those_in_force_with_their_status_and_the_status_filter_applies()
    {
        // The ended entry's code sorts first (doc 0), yet it ranks after the power in force.
        var (_, output, _) = await Run("search", "食品", "--site", site, "--format", "json");
        var hits = JsonDocument.Parse(output).RootElement;
        hits.EnumerateArray().Select(h => (h.GetProperty("code").GetString(), h.GetProperty("status").GetString()))
            .ShouldBe([("650200-SCJGJ-XK-0001", "in_force"), ("650200-SCJGJ-XK-0000", "merged")]);
        (_, output, _) = await Run("search", "食品", "--site", site, "--status", "ended", "--format", "json");
        JsonDocument.Parse(output).RootElement.EnumerateArray().Select(h => h.GetProperty("code").GetString()).ShouldBe(["650200-SCJGJ-XK-0000"]);
        (_, output, _) = await Run("search", "食品", "--site", site, "--status", "in_force");
        output.ShouldContain("共 1 条结果");
        output.ShouldNotContain("已合并");
        (_, output, _) = await Run("search", "食品", "--site", site);
        output.ShouldContain("食品流通许可（已合并）");
    }

    [Fact]
    public async Task Filters_synonyms_and_limit_apply()
    {
        var (_, output, _) = await Run("search", "餐馆", "--site", site, "--format", "json");
        JsonDocument.Parse(output).RootElement[0].GetProperty("code").GetString().ShouldBe("650200-SCJGJ-XK-0001");
        // The category filter holds; 行政处罚 entries match only 行政 of the two words, so each is marked partial.
        (_, output, _) = await Run("search", "许可 行政", "--site", site, "--category", "行政处罚", "--format", "json");
        var filtered = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        filtered.ShouldNotBeEmpty();
        filtered.ShouldAllBe(h => h.GetProperty("category").GetString() == "cf" && h.GetProperty("partial").GetBoolean());
        (_, output, _) = await Run("search", "许可 行政", "--site", site, "--category", "行政许可", "--format", "json");
        JsonDocument.Parse(output).RootElement.EnumerateArray().ShouldAllBe(h => h.GetProperty("category").GetString() == "xk" && !h.GetProperty("partial").GetBoolean());
        (_, output, _) = await Run("search", "行政", "--site", site, "--department", "scjgj", "--limit", "1", "--format", "json");
        var hits = JsonDocument.Parse(output).RootElement;
        hits.GetArrayLength().ShouldBe(1);
        hits[0].GetProperty("department").GetString().ShouldBe("scjgj");
    }

    [Fact]
    public async Task Text_output_and_usage_errors()
    {
        var (code, output, _) = await Run("search", "650200-FGW-CF-0001", "--site", site);
        code.ShouldBe(0);
        output.ShouldContain("共 1 条结果");
        output.ShouldContain("650200-FGW-CF-0001  对违反价格法行为的处罚");
        (code, _, var error) = await Run("search", "x", "--site", Path.Combine(site, "missing"));
        code.ShouldBe(2);
        error.ShouldContain("找不到搜索索引");
        (code, _, _) = await Run("search", "x", "--site", site, "--format", "xml");
        code.ShouldBe(2);
    }
}
