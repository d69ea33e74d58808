using System.Xml.Linq;
using PowerList.Model;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Tests.Versions.Publishing;

/// <summary>The Atom feeds over the three-release fixture: one item per changed entry, stable ids, absolute or feed-relative links, departments, 演示.</summary>
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static VersionSide Side(string name) => VersionTestFiles.Side(Path.Combine(VersionTestFiles.Folder("ThreeReleases"), name + ".json"));

    private static ReleaseTimeline Timeline(params string[] releases) => new(releases.Select(Side), Side("current"));

    private static SiteInfo Site(string baseUrl) => Side("current").Lists.Site with { BaseUrl = baseUrl };

    [Fact]
    public void The_site_feed_has_one_item_per_changed_entry_with_unique_ids_and_release_dates()
    {
        var steps = AtomFeed.Steps(Timeline("2023", "2024", "2025"));
        var bytes = AtomFeed.Write(steps, Site("https://qzqd.example.gov.cn/klmy/"));
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        var items = feed.Elements(Atom + "entry").ToList();

        var expected = steps.SelectMany(d => d.Distinct.Select(c => (d.To, c))).ToList();
        expected.Count.ShouldBeGreaterThan(3);
        items.Count.ShouldBe(expected.Count);
        items.Select(i => i.Element(Atom + "id")!.Value).Distinct().Count().ShouldBe(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (to, change) = expected[i];
            items[i].Element(Atom + "title")!.Value.ShouldEndWith($"{change.Type}：{change.Name}（{change.Code}）");
            items[i].Element(Atom + "updated")!.Value.ShouldBe(to.Date + "T00:00:00Z");
            Href(items[i], "alternate").ShouldBe($"https://qzqd.example.gov.cn/klmy/entry/{change.Code}/");
            items[i].Element(Atom + "category")!.Attribute("term")!.Value.ShouldBe(change.Type);
        }

        // Endings are items too, with their type.
        items.Select(i => i.Element(Atom + "category")!.Attribute("term")!.Value).ShouldContain(AdjustmentType.Abolished);
        feed.Element(Atom + "updated")!.Value.ShouldBe(steps[0].To.Date + "T00:00:00Z");
        Href(feed, "self").ShouldBe("https://qzqd.example.gov.cn/klmy/feed.xml");
        AtomFeed.Write(steps, Site("https://qzqd.example.gov.cn/klmy/")).ShouldBe(bytes);
    }

    [Fact]
    public void Ids_of_earlier_items_stay_the_same_when_a_release_is_added()
    {
        var site = Site("https://qzqd.example.gov.cn/");
        var before = Ids(AtomFeed.Write(AtomFeed.Steps(Timeline("2023", "2024")), site));
        var after = Ids(AtomFeed.Write(AtomFeed.Steps(Timeline("2023", "2024", "2025")), site));
        before.Count.ShouldBeGreaterThan(0);
        after.ShouldBe(after.Distinct().ToList());
        before.ShouldBeSubsetOf(after);
    }

    [Theory]
    [InlineData("")]
    [InlineData("qzqd.example.gov.cn/klmy")]
    public void Without_a_usable_base_url_links_are_relative_to_the_feed_and_ids_are_urns(string baseUrl)
    {
        var steps = AtomFeed.Steps(Timeline("2023", "2024", "2025"));
        var code = steps[0].Distinct.First().Code;
        var department = Side("current").Lists.Departments.First(d => steps.Any(s => s.Distinct.Any(c => c.Department == d.Id)));

        var site = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Write(steps, Site(baseUrl)))).Root!;
        var dept = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Write(steps, Site(baseUrl), department))).Root!;

        site.Descendants(Atom + "link").Select(l => l.Attribute("href")!.Value).ShouldAllBe(h => !h.Contains("://") && !h.StartsWith('/'));
        Href(site.Elements(Atom + "entry").First(), "alternate").ShouldBe($"entry/{code}/");
        Href(dept, "self").ShouldBe($"../../department/{department.Id}/feed.xml");
        dept.Elements(Atom + "entry").Select(e => Href(e, "alternate")).ShouldAllBe(h => h.StartsWith("../../entry/"));
        site.Descendants(Atom + "id").Select(i => i.Value).ShouldAllBe(i => i.StartsWith("urn:powerlist:650200:"));
    }

    [Fact]
    public void A_department_feed_holds_only_that_departments_changes()
    {
        var steps = AtomFeed.Steps(Timeline("2023", "2024", "2025"));
        var departments = Side("current").Lists.Departments;
        var total = 0;
        foreach (var d in departments)
        {
            var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Write(steps, Site("https://x.example/"), d))).Root!;
            var codes = feed.Elements(Atom + "entry").Select(e => Href(e, "alternate")).ToList();
            var expected = steps.SelectMany(s => s.Distinct.Where(c => c.Department == d.Id || c.FromDepartment == d.Id)).ToList();
            codes.ShouldBe(expected.Select(c => $"https://x.example/entry/{c.Code}/"));
            feed.Element(Atom + "title")!.Value.ShouldStartWith(d.Name);
            total += codes.Count;
        }

        total.ShouldBeGreaterThanOrEqualTo(steps.Sum(s => s.Distinct.Count()));
    }

    [Fact]
    public void A_demonstration_release_is_labelled_in_the_feed_title_and_its_items()
    {
        var demo = Side("2025") with { Title = "2025年权责清单（演示）" };
        var steps = AtomFeed.Steps(new ReleaseTimeline([Side("2023"), Side("2024"), demo], Side("current")));
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Write(steps, Site("https://x.example/")))).Root!;

        feed.Element(Atom + "title")!.Value.ShouldContain("演示");
        var items = feed.Elements(Atom + "entry").ToList();
        var demoItems = items.Where(e => e.Element(Atom + "updated")!.Value.StartsWith(demo.Date)).ToList();
        demoItems.Count.ShouldBeGreaterThan(0);
        demoItems.ShouldAllBe(e => e.Element(Atom + "title")!.Value.StartsWith(DemoData.Label));
        items.Except(demoItems).ShouldAllBe(e => !e.Element(Atom + "title")!.Value.StartsWith(DemoData.Label) || e.Element(Atom + "summary")!.Value.Contains("演示"));
    }

    private static string Href(XElement e, string rel) =>
        e.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == rel).Attribute("href")!.Value;

    private static List<string> Ids(byte[] feed) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(feed)).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
}
