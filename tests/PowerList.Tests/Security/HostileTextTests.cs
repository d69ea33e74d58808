using System.Text;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using PowerList.Output;
using PowerList.Tests.Site;
using Xunit.Abstractions;

namespace PowerList.Tests.Security;

/// <summary>
/// The hostile corpus (tests/fixtures/hostile/payloads.txt) in every text field, written as YAML, loaded back and
/// built: every page carries the Content-Security-Policy and nothing that can run script (no inline script, no
/// event-handler attribute, no javascript:/data: link); payloads show up as text, template syntax unexpanded;
/// every JSON file parses and holds no "&lt;/script" or "&lt;!--"; every XML file is well-formed.
/// </summary>
public sealed class HostileTextTests : IClassFixture<HostileSite>
{
    private readonly HostileSite _site;

    private readonly ITestOutputHelper _output;

    public HostileTextTests(HostileSite site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    [Fact]
    public void The_corpus_has_every_kind_of_payload()
    {
        var all = string.Join("\n", HostileCorpus.Payloads);
        HostileCorpus.Payloads.Count.ShouldBeGreaterThanOrEqualTo(25);
        foreach (var needle in new[] { "<script>", "onerror=", "javascript:", "data:", "<svg", "{{{", "{{", "</script>", "\u202E", "\u2066" })
        {
            all.ShouldContain(needle, Case.Sensitive, $"语料缺少 {needle}");
        }

        HostileCorpus.Payloads.Max(p => p.Length).ShouldBeGreaterThanOrEqualTo(HostileCorpus.LongLength);
    }

    [Fact]
    public void The_generated_tree_loads_back_with_every_payload_intact()
    {
        var expected = HostileLists.Create();
        var loaded = _site.Released;
        loaded.Site.Description.ShouldBe(expected.Site.Description);
        loaded.Site.Title.ShouldBe(expected.Site.Title);
        loaded.Departments.Select(d => d.Website).ShouldBe(expected.Departments.Select(d => d.Website));
        var byCode = loaded.Entries.ToDictionary(e => e.Code);
        foreach (var entry in expected.Entries)
        {
            var got = byCode[entry.Code];
            got.Name.ShouldBe(entry.Name);
            got.Notes.ShouldBe(entry.Notes);
            got.SubItems[0].Name.ShouldBe(entry.SubItems[0].Name);
            got.Basis.Select(c => c.Quote + c.Text + c.Articles).ShouldBe(entry.Basis.Select(c => c.Quote + c.Text + c.Articles));
            got.Extra.ShouldBe(entry.Extra);
        }
    }

    [Fact]
    public void Every_built_page_has_the_policy_and_nothing_that_can_run_script()
    {
        var pages = SecuritySite.Files(_site.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBeGreaterThan(HostileCorpus.Payloads.Count);
        _output.WriteLine($"{pages.Count} 个页面，共 {SecuritySite.Files(_site.Output).Count} 个文件");
        var problems = pages
            .SelectMany(p => HtmlSafety.Problems(File.ReadAllText(Path.Combine(_site.Output, p), Encoding.UTF8)).Select(x => $"{p}: {x}"))
            .ToList();
        problems.ShouldBeEmpty(string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void The_sample_site_has_the_policy_and_no_inline_script_either()
    {
        var output = SiteTestSupport.NewTempFolder("sample-csp");
        try
        {
            SecuritySite.Build(SampleLists.Create(), output);
            var problems = SecuritySite.Files(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal))
                .SelectMany(p => HtmlSafety.Problems(File.ReadAllText(Path.Combine(output, p), Encoding.UTF8)).Select(x => $"{p}: {x}"))
                .ToList();
            problems.ShouldBeEmpty(string.Join("\n", problems));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Each_entry_page_shows_its_payload_as_text_with_template_syntax_unexpanded()
    {
        var parser = new HtmlParser();
        foreach (var entry in _site.Lists.Entries)
        {
            var file = Path.Combine(_site.Output, SiteUrls.FileOf(SiteUrls.Entry(entry.Code)));
            var document = parser.ParseDocument(File.ReadAllText(file, Encoding.UTF8));
            var h1 = document.QuerySelector("h1")!.TextContent;
            Normalize(h1).ShouldBe(Normalize(entry.Name), $"{entry.Code} 的标题应当原样显示为文字");
            var text = document.Body!.TextContent;
            foreach (var value in new[] { entry.Handler, entry.Subject, entry.Duties, entry.Levels[0].Scope, entry.Responsibilities[0].Content })
            {
                Normalize(text).ShouldContain(Normalize(value), Case.Sensitive, $"{entry.Code}：字段值应当作为文字出现");
            }
        }

        var template = _site.Lists.Entries.Single(e => e.Name.Contains("{{{frame.siteTitle}}}", StringComparison.Ordinal));
        var page = File.ReadAllText(Path.Combine(_site.Output, SiteUrls.FileOf(SiteUrls.Entry(template.Code))), Encoding.UTF8);
        page.ShouldContain("{{{frame.siteTitle}}}");
        page.ShouldContain("{{&gt; footer}}");
    }

    [Fact]
    public void Department_websites_with_script_schemes_are_not_links()
    {
        foreach (var department in _site.Lists.Departments)
        {
            var html = File.ReadAllText(Path.Combine(_site.Output, SiteUrls.FileOf(SiteUrls.Department(department.Id))), Encoding.UTF8);
            var document = new HtmlParser().ParseDocument(html);
            document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ShouldAllBe(h => HtmlSafety.IsSafeUrl(h));
        }
    }

    [Fact]
    public void Json_files_parse_and_cannot_close_a_script_element()
    {
        // The search index files are gzip-compressed JSON (*.jgz): checked as decompressed.
        var json = SecuritySite.Files(_site.Output).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(PowerList.Search.Indexing.IndexFileCodec.Extension, StringComparison.Ordinal)).ToList();
        json.ShouldNotBeEmpty();
        json.ShouldContain(f => f.EndsWith(PowerList.Search.Indexing.IndexFileCodec.Extension, StringComparison.Ordinal));
        foreach (var file in json)
        {
            var text = Encoding.UTF8.GetString(PowerList.Search.Indexing.IndexFileCodec.Decompress(File.ReadAllBytes(Path.Combine(_site.Output, file))));
            using (JsonDocument.Parse(text))
            {
            }

            text.ShouldNotContain("</script", Case.Insensitive, file);
            text.ShouldNotContain("<!--", Case.Sensitive, file);
            text.ShouldNotContain("\u2028", Case.Sensitive, file);
            text.ShouldNotContain("\u2029", Case.Sensitive, file);
        }
    }

    [Fact]
    public void Xml_files_are_well_formed_and_hold_no_markup_from_the_data()
    {
        foreach (var file in SecuritySite.Files(_site.Output).Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var document = new XmlDocument { XmlResolver = null };
            document.Load(Path.Combine(_site.Output, file));
            document.GetElementsByTagName("script").Count.ShouldBe(0, file);
        }
    }

    // Browsers and AngleSharp normalise line ends; compare text with runs of whitespace collapsed.
    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
