using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site;

/// <summary>Properties of the whole built sample site: determinism, privacy, links, escaping, size.</summary>
public sealed class SiteOutputTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("output");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Two_builds_of_the_same_lists_are_byte_identical()
    {
        SiteTestSupport.Build(SampleLists.Create(), Path.Combine(_dir, "a"));
        SiteTestSupport.Build(SampleLists.Create(), Path.Combine(_dir, "b"));

        var a = SiteTestSupport.Snapshot(Path.Combine(_dir, "a"));
        var b = SiteTestSupport.Snapshot(Path.Combine(_dir, "b"));
        b.Keys.ShouldBe(a.Keys);
        foreach (var (path, bytes) in a)
        {
            b[path].SequenceEqual(bytes).ShouldBeTrue(path);
        }
    }

    [Fact]
    public void Secret_entries_appear_in_no_output_byte()
    {
        var site = Path.Combine(_dir, "s");
        SiteTestSupport.Build(SampleLists.Create(), site);

        foreach (var (path, bytes) in SiteTestSupport.Snapshot(site))
        {
            var text = Encoding.UTF8.GetString(bytes);
            text.ShouldNotContain(SampleLists.SecretCode, customMessage: path);
            text.ShouldNotContain(SampleLists.SecretName, customMessage: path);
            text.ShouldNotContain("2099-01-01", customMessage: path);
        }
    }

    [Fact]
    public void Every_internal_link_of_the_sample_site_resolves_to_a_file()
    {
        var site = Path.Combine(_dir, "links");
        SiteTestSupport.Build(SampleLists.Create(), site);

        LinkChecker.BrokenLinks(site, "/klmy/").ShouldBeEmpty();
    }

    [Fact]
    public void Pagination_splits_long_groups_and_links_every_page()
    {
        var site = Path.Combine(_dir, "paged");
        SiteTestSupport.Build(SampleLists.Create(), site, new PageOptions { EntriesPerPage = 1 });

        File.Exists(Path.Combine(site, "category", "cf", "page", "2", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site, "category", "cf", "page", "3", "index.html")).ShouldBeFalse("two public entries in cf");
        var first = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "category", "cf", "index.html")));
        first.QuerySelectorAll(".pager a").Select(a => a.GetAttribute("href")).ShouldContain("../../category/cf/page/2/");
        first.QuerySelectorAll(".entry-list li").Length.ShouldBe(1);
        LinkChecker.BrokenLinks(site, "/klmy/").ShouldBeEmpty();
    }

    [Fact]
    public void Unsafe_markup_from_the_lists_is_escaped_or_removed()
    {
        var site = Path.Combine(_dir, "xss");
        SiteTestSupport.Build(SampleLists.Create(), site);
        var parser = new HtmlParser();

        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            doc.QuerySelectorAll("script").Where(s => s.GetAttribute("src") is null).ShouldBeEmpty(file);
            doc.QuerySelectorAll("img").ShouldBeEmpty(file);
            doc.QuerySelectorAll("[href]")
                .Select(a => a.GetAttribute("href")!)
                .Where(h => h.Contains("javascript", StringComparison.OrdinalIgnoreCase))
                .ShouldBeEmpty(file);
        }
    }

    [Fact]
    public void Every_page_has_lang_landmarks_skip_link_canonical_and_ordered_headings()
    {
        var site = Path.Combine(_dir, "a11y");
        SiteTestSupport.Build(SampleLists.Create(), site);
        var parser = new HtmlParser();

        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            doc.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN", file);
            doc.QuerySelectorAll("main#main").Length.ShouldBe(1, file);
            doc.QuerySelector("a.skip-link")!.GetAttribute("href").ShouldBe("#main", file);
            doc.QuerySelectorAll("h1").Length.ShouldBe(1, file);
            var levels = doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.TagName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                (levels[i] - levels[i - 1]).ShouldBeLessThanOrEqualTo(1, $"{file}: heading level jumps");
            }

            if (!file.EndsWith("404.html", StringComparison.Ordinal))
            {
                doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!.ShouldStartWith("https://qzqd.example.gov.cn/klmy/");
            }
        }
    }

    [Fact]
    public void The_largest_entry_page_with_its_css_is_under_30_KB_compressed()
    {
        var site = Path.Combine(_dir, "size");
        SiteTestSupport.Build(SampleLists.Create(), site);

        var (page, bytes) = SizeBudget.LargestEntryPage(site);

        bytes.ShouldBeLessThan(30 * 1024, $"{page}: {bytes} bytes gzipped (HTML + CSS)");
    }
}
