using System.Text.RegularExpressions;

namespace PowerList.Tests.Site.Pages;

/// <summary>
/// The law index of the fixture lists without JavaScript: every filter link of <c>law/</c> leads to a page with as many
/// laws as the link says, all of that level, status or issuer; every row's count is the number of entries on the law's
/// page; the sorted variants hold the same rows in their order. Citations in the fixture are written by id, title,
/// short title and 《》 alike, and the counts agree with the law pages.
/// </summary>
public sealed partial class LawIndexPagesTests : IClassFixture<GoldenPagesTests.BuiltSample>
{
    private readonly GoldenPagesTests.BuiltSample _site;

    public LawIndexPagesTests(GoldenPagesTests.BuiltSample site) => _site = site;

    private string Read(string url) => File.ReadAllText(Path.Combine(_site.Folder, url, "index.html"));

    private static List<(string Href, string Title, string Desc, int Count)> Rows(string html) =>
        [.. Row().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, int.Parse(m.Groups[4].Value)))];

    [Fact]
    public void Each_filter_page_holds_the_laws_its_link_counts_and_only_those()
    {
        var index = Read("law");
        var all = Rows(index);
        all.Count.ShouldBe(11);
        var options = Option().Matches(index).Select(m => (Href: m.Groups[1].Value, Label: m.Groups[2].Value, Count: int.Parse(m.Groups[3].Value)))
            .Where(o => o.Label != "全部").ToList();
        options.Select(o => o.Label).ShouldContain("法律");
        options.Select(o => o.Label).ShouldContain("已废止");
        options.Select(o => o.Label).ShouldContain("国务院");
        foreach (var (href, label, count) in options)
        {
            var page = Read(Path.GetFullPath(Path.Combine(_site.Folder, "law", href)).Replace(_site.Folder, "").Trim('/'));
            var rows = Rows(page);
            rows.Count.ShouldBe(count, label);
            Heading().Match(page).Groups[1].Value.ShouldBe($"法律依据：{label}");
            if (href.Contains("/level/", StringComparison.Ordinal))
            {
                rows.ShouldAllBe(r => r.Desc.StartsWith(label + " ·", StringComparison.Ordinal) || r.Desc == label, label);
            }
            else if (href.Contains("/issuer/", StringComparison.Ordinal))
            {
                rows.ShouldAllBe(r => r.Desc.EndsWith("· " + label, StringComparison.Ordinal), label);
            }
            else
            {
                (label == "已废止" ? rows.All(r => page.Contains("badge-repealed")) : rows.All(r => Status(page, r.Title) == label)).ShouldBeTrue(label);
            }
        }

        options.Where(o => o.Href.Contains("/level/", StringComparison.Ordinal)).Sum(o => o.Count).ShouldBe(all.Count);
    }

    [Fact]
    public void Counts_are_the_entries_on_each_law_page_and_the_default_order_is_most_cited_first()
    {
        var rows = Rows(Read("law"));
        foreach (var row in rows)
        {
            var lawPage = Read(row.Href.Trim('.', '/'));
            EntryLink().Matches(lawPage).Count.ShouldBe(row.Count, row.Title);
        }

        rows.Select(r => r.Count).ShouldBe(rows.Select(r => r.Count).OrderDescending());
        rows.First(r => r.Title == "中华人民共和国价格法").Count.ShouldBe(2); // cited as 《价格法》 and as price-law
        rows.First(r => r.Title == "价格违法行为行政处罚规定").Count.ShouldBe(1); // cited by title in a sub-item
    }

    [Fact]
    public void Sorted_variants_hold_the_same_rows_in_their_order()
    {
        var byCount = Rows(Read("law"));
        var byTitle = Rows(Read("laws/by-title"));
        var byLevel = Rows(Read("laws/by-level"));
        byTitle.Select(r => r.Title).ShouldBe(byCount.Select(r => r.Title).Order(StringComparer.Ordinal));
        byLevel.Select(r => r.Title).Order(StringComparer.Ordinal).ShouldBe(byTitle.Select(r => r.Title));
        var levels = byLevel.Select(r => PowerList.Format.ListFormat.LawLevels.ToList().IndexOf(r.Desc.Split(" · ")[0])).ToList();
        levels.ShouldBe(levels.Order());
        Read("laws/level/law").ShouldNotContain("laws/level/law/by-level/");
    }

    private static string Status(string page, string title)
    {
        var at = page.IndexOf($"《{title}》</a>", StringComparison.Ordinal);
        var td = page.IndexOf("<td>", at, StringComparison.Ordinal) + 4;
        return page[td..page.IndexOf("</td>", td, StringComparison.Ordinal)];
    }

    [GeneratedRegex("""<tr><th scope="row"><a href="([^"]+)">《([^》]+)》</a>(?:<span class="desc[^"]*">([^<]*)</span>)?</th><td>.*?</td><td class="num">(\d+)</td></tr>""")]
    private static partial Regex Row();

    [GeneratedRegex("""<li><a href="([^"]+)">([^<]+)</a> <span class="count">(\d+)</span></li>""")]
    private static partial Regex Option();

    [GeneratedRegex("<h1>([^<]+)</h1>")]
    private static partial Regex Heading();

    [GeneratedRegex("""<a href="\.\./\.\./entry/""")]
    private static partial Regex EntryLink();
}
