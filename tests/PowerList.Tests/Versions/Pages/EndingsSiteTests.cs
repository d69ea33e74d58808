using System.Text;
using PowerList.Model;
using PowerList.Search.Querying;
using PowerList.Tests.Site;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;
using static PowerList.Tests.Versions.EndingsHistory;

namespace PowerList.Tests.Versions.Pages;

/// <summary>
/// The site built from <see cref="EndingsHistory"/> (three releases: abolish, merge, delegate, transfer, rename,
/// re-add under a new code): no code ever published is missing, ended powers are out of the in-force counts and
/// lists, 已调整事项 list them, the comparisons report the recorded endings, and search finds them after the powers in
/// force. The browser test (PowerList.BrowserTests EndingsBrowserTests) checks the same through Chromium.
/// </summary>
public sealed class EndingsSiteTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("endings");
    private readonly string _site;

    public EndingsSiteTests()
    {
        var lists = Path.Combine(_dir, "lists");
        EndingsHistory.Write(lists);
        _site = Path.Combine(_dir, "site");
        SiteTestSupport.Build(SiteTestSupport.Load(lists), _site).Written.ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Page(string url) => File.ReadAllText(Path.Combine(_site, url, "index.html"), Encoding.UTF8);

    [Fact]
    public void Every_code_ever_published_has_a_page_with_its_status()
    {
        foreach (var (code, label) in Expected)
        {
            var html = Page($"entry/{code}");
            if (label == "现行")
            {
                html.ShouldNotContain("status-ended", customMessage: code);
            }
            else
            {
                html.ShouldContain($"<span class=\"status-label\">{label}</span>", customMessage: code);
            }
        }

        Page($"entry/{A}").ShouldContain("克政发〔2024〕20号");
        Page($"entry/{A}").ShouldContain("上位法修改后不再设定");
        Page($"entry/{B}").ShouldContain($"href=\"../../entry/{M}/\">{M}</a>");
        Page($"entry/{E}").ShouldContain("克拉玛依市市场监督管理局");
        Page($"entry/{D}").ShouldContain("各区人民政府发展改革部门");
        // Deleted without a record: the page says it is inferred and links to the last published text.
        Page($"entry/{H}").ShouldContain("据各版本比较推断");
        Page($"entry/{H}").ShouldContain($"href=\"../../v/2024/entry/{H}/\"");
        Page($"entry/{H}").ShouldContain(H2);
    }

    [Fact]
    public void History_and_compare_links_of_ended_codes_go_to_their_status_page()
    {
        // Every code ever published has a page in the current site, so no comparison or history links a release copy
        // of an entry (only the status page itself links its last published text, v/<version>/entry/<code>/).
        var copyLink = new System.Text.RegularExpressions.Regex("href=\"[^\"]*v/[^/\"]+/entry/");
        var pages = Directory.GetFiles(Path.Combine(_site, "compare"), "index.html", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(_site, "entry"), "index.html", SearchOption.AllDirectories).Where(f => f.Contains("history", StringComparison.Ordinal)))
            .ToList();
        pages.Count.ShouldBeGreaterThan(Expected.Count);
        foreach (var page in pages)
        {
            copyLink.IsMatch(File.ReadAllText(page)).ShouldBeFalse(page);
        }

        // H was deleted without a record after 2024; A was abolished with its ending recorded in 2024 and is gone since.
        Page("compare/2024...2025").ShouldContain($"href=\"../../entry/{H}/\"");
        Page("compare/2023...2025").ShouldContain($"href=\"../../entry/{A}/\"");
        Page($"entry/{H}/history").ShouldContain($"<a href=\"../../../entry/{H}/\">查看其状态和最后公布的内容</a>");
    }

    [Fact]
    public void Ended_powers_are_not_counted_or_listed_as_in_force_but_on_their_departments_page()
    {
        var department = Page("department/fgw");
        department.ShouldContain("<dd>3 项（现行）"); // M, R, H2: nothing ended
        foreach (var code in new[] { A, B, C, D, E })
        {
            department.ShouldNotContain(code);
            Page("category/qt").ShouldNotContain(code);
        }

        var ended = Page("department/fgw/ended");
        foreach (var code in new[] { A, B, C, D, E, H })
        {
            ended.ShouldContain(code);
        }

        ended.ShouldNotContain("对粮油出入库和储存的检查"); // the power in force M is only named as the successor
        ended.ShouldContain("共 6 项，已取消 1 项，已合并 3 项，已下放 1 项，已转移 1 项");
        Page("versions/ended").ShouldContain("共 6 项");
        Page("department/scjg/ended").ShouldContain("暂无已调整事项");
    }

    [Fact]
    public void Comparisons_report_the_recorded_endings_with_their_type_and_document()
    {
        var json = File.ReadAllText(Path.Combine(_site, "data", "compare", "2024...2025.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var removed = doc.RootElement.GetProperty("removed").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        removed[D].GetProperty("type").GetString().ShouldBe("下放");
        removed[D].GetProperty("inferred").GetBoolean().ShouldBeFalse();
        removed[D].GetProperty("document").GetString().ShouldBe("克政发〔2025〕9号");
        removed[E].GetProperty("type").GetString().ShouldBe("转移");
        removed[E].GetProperty("document").GetString().ShouldBe("克编发〔2025〕3号");
        doc.RootElement.GetProperty("summary").GetProperty("by_type").GetProperty("转移").GetInt32().ShouldBe(1);

        var earlier = File.ReadAllText(Path.Combine(_site, "data", "compare", "2023...2024.json"));
        using var first = System.Text.Json.JsonDocument.Parse(earlier);
        var gone = first.RootElement.GetProperty("removed").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        gone[A].GetProperty("type").GetString().ShouldBe("取消");
        gone[A].GetProperty("document").GetString().ShouldBe("克政发〔2024〕20号");
        gone[B].GetProperty("type").GetString().ShouldBe("合并");
        gone[C].GetProperty("type").GetString().ShouldBe("合并");

        // The release's download keeps the ended entries with their status.
        using var entries = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site, "data", "releases", "2025", "entries.json")));
        var byCode = entries.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        byCode[D].GetProperty("status").GetString().ShouldBe("delegated");
        byCode[D].GetProperty("ended").GetProperty("document").GetString().ShouldBe("克政发〔2025〕9号");
        byCode[M].GetProperty("status").GetString().ShouldBe("in_force");
    }

    [Fact]
    public void Search_finds_ended_powers_after_the_ones_in_force_with_status_and_counts()
    {
        var engine = SearchEngine.FromFolder(Path.Combine(_site, "search-index"));
        var response = engine.Search(new SearchRequest("粮油"));
        response.Hits.Select(h => h.Code).ShouldBe([M, B, C]);
        response.Hits.Select(h => h.Status).ShouldBe([EntryStatus.InForce, EntryStatus.Merged, EntryStatus.Merged]);
        response.Statuses.Select(s => (s.Value, s.Count)).ShouldBe([("in_force", 1), ("ended", 2)]);

        engine.Search(new SearchRequest("粮油", Status: SearchRequest.Ended)).Hits.Select(h => h.Code).ShouldBe([B, C]);
        engine.Search(new SearchRequest("粮油", Status: SearchRequest.InForce)).Hits.Select(h => h.Code).ShouldBe([M]);
        var byCode = engine.Search(new SearchRequest(A)).Hits.ShouldHaveSingleItem();
        byCode.Status.ShouldBe(EntryStatus.Abolished);
    }
}
