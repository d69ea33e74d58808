using PowerList.Model;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site;

/// <summary>
/// The whole site of the repository's default list (<c>lists/</c>, the real Karamay list), built once with every
/// default contributor: no broken internal link, identical bytes on a second build, the entry page budget.
/// </summary>
public sealed class DefaultSiteTests : IClassFixture<DefaultSiteTests.BuiltDefault>
{
    private readonly BuiltDefault _site;

    public DefaultSiteTests(BuiltDefault site) => _site = site;

    [Fact]
    public void Every_internal_link_of_the_whole_default_site_resolves_to_a_file()
    {
        var pages = Directory.GetFiles(_site.Folder, "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(_site.Lists.PublicEntries.Count());

        LinkChecker.BrokenLinks(_site.Folder, new PageFrames(_site.Lists.Site, SiteFeatures.None).BasePath()).ShouldBeEmpty();
    }

    [Fact]
    public void A_second_build_of_the_default_list_is_byte_identical()
    {
        var again = Path.Combine(_site.Temp, "again");
        SiteTestSupport.Build(SiteTestSupport.Load(SiteTestSupport.DefaultLists), again);

        var a = SiteTestSupport.Snapshot(_site.Folder);
        var b = SiteTestSupport.Snapshot(again);
        b.Keys.ShouldBe(a.Keys);
        a.Where(kv => !b[kv.Key].SequenceEqual(kv.Value)).Select(kv => kv.Key).ShouldBeEmpty();
    }

    [Fact]
    public void The_largest_entry_page_of_the_default_list_with_its_css_is_under_30_KB_compressed()
    {
        var (page, bytes) = SizeBudget.LargestEntryPage(_site.Folder);

        bytes.ShouldBeLessThan(30 * 1024, $"{page}: {bytes} bytes gzipped (HTML + CSS)");
    }

    [Fact]
    public void Every_public_entry_has_its_page_and_no_secret_one_does()
    {
        foreach (var entry in _site.Lists.Entries)
        {
            File.Exists(Path.Combine(_site.Folder, "entry", entry.Code, "index.html")).ShouldBe(entry.Public, entry.Code);
        }
    }

    [Fact]
    public void The_current_data_and_every_release_are_downloadable_each_with_a_datapackage_matching_its_files()
    {
        var folders = new[] { Path.Combine(_site.Folder, "data", "current") }
            .Concat(Directory.GetDirectories(Path.Combine(_site.Folder, "data", "releases"))).ToList();
        folders.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var folder in folders)
        {
            PowerList.Tests.Export.OpenData.DataPackageChecker.Problems(folder).ShouldBeEmpty(folder);
        }

        // The current data is what `export` writes: one row per public entry.
        var current = Path.Combine(_site.Folder, "data", "current");
        File.ReadAllBytes(Path.Combine(current, "entries.csv")).ShouldBe(PowerList.Export.Exporter.Export(_site.Lists, "csv"));
        File.ReadAllBytes(Path.Combine(current, "entries.json")).ShouldBe(PowerList.Export.Exporter.Export(_site.Lists, "json"));
        PowerList.Tests.Export.OpenData.OpenDataCsvTests.Rows(File.ReadAllBytes(Path.Combine(current, "entries.csv"))).Count.ShouldBe(_site.Lists.PublicEntries.Count() + 1);
        File.ReadAllText(Path.Combine(_site.Folder, "versions", "index.html")).ShouldContain("href=\"../data/current/datapackage.json\"");
        File.ReadAllText(Path.Combine(_site.Folder, "about", "index.html")).ShouldContain("href=\"../versions/#open-data\"");
    }

    public sealed class BuiltDefault : IDisposable
    {
        public BuiltDefault()
        {
            Temp = SiteTestSupport.NewTempFolder("default-site");
            Folder = Path.Combine(Temp, "site");
            Lists = SiteTestSupport.Load(SiteTestSupport.DefaultLists);
            SiteTestSupport.Build(Lists, Folder);
        }

        public string Temp { get; }

        public string Folder { get; }

        public ListSet Lists { get; }

        public void Dispose() => Directory.Delete(Temp, recursive: true);
    }
}
