using PowerList.Conformity;
using PowerList.Model;
using PowerList.Portal;
using PowerList.Site.Pages;
using PowerList.Site.Templates;

namespace PowerList.Tests.Portal;

/// <summary>
/// The side-by-side pages (<see cref="PortalItemPages"/>) from hand-made catalogue uses: three counties give item A
/// 20, 20 and 30 days (the 30 flagged longer), one rewords its name (a word diff shown, the others "同目录"), one misses
/// B; the province, which the catalogue does not cover, is "not given"; the index counts all of it.
/// </summary>
public sealed class PortalItemPagesTests
{
    private static readonly CatalogueItem A = new() { Code = "A-1", Name = "食品经营许可", Category = "xk", Levels = [JurisdictionLevel.County], Basis = "《食品安全法》第三十五条" };
    private static readonly CatalogueItem B = new() { Code = "B-1", Name = "对无证经营的处罚", Category = "cf", Levels = [JurisdictionLevel.County] };

    private static CatalogueUse County(string id, string name, string limit, string entryName, bool withB) => new(
        id, name, JurisdictionLevel.County, [A, B],
        [
            new CatalogueUseEntry("A-1", id + "-XK-1", entryName, limit, "", "《食品安全法》第三十五条"),
            .. withB ? [new CatalogueUseEntry("B-1", id + "-CF-1", B.Name, "", "", "")] : Array.Empty<CatalogueUseEntry>(),
        ]);

    private static readonly CatalogueUse[] Uses =
    [
        new("p", "某省", JurisdictionLevel.Province, [A, B], []),
        County("c1", "甲县", "20个工作日", "食品经营许可", true),
        County("c2", "乙县", "20个工作日", "食品经营许可", true),
        County("c3", "丙县", "30个工作日", "食品经营许可（含小作坊）", false),
    ];

    private static PageFrame Frame(string kind, string url, string title) => new() { Kind = kind, Url = url, Title = title, Root = "../../" };

    [Fact]
    public void An_items_page_flags_the_longer_limit_and_shows_only_real_rewordings()
    {
        var pages = PortalItemPages.Models(Uses, Frame).ToList();
        pages.Select(p => p.Url).ShouldBe(["catalogue/A-1/", "catalogue/B-1/", "catalogue/category/xk/", "catalogue/category/cf/", "catalogue/"]);
        var a = (PortalItemModel)pages[0].Model!;
        a.CommonStatutory.ShouldBe("20个工作日");
        a.Entries.Select(e => (e.Jurisdiction, e.Longer)).ShouldBe([("甲县", false), ("乙县", false), ("丙县", true)]);
        a.Entries.Select(e => e.NameDiff.Count > 0).ShouldBe([false, false, true]);
        a.Entries.ShouldAllBe(e => e.BasisDiff.Count == 0, "the basis keeps the catalogue's wording");
        a.Entries[2].NameDiff.Where(s => s.Ins).Select(s => s.Text).ShouldBe(["（含小作坊）"]);
        a.Entries[0].Href.ShouldBe("../../j/c1/entry/c1-XK-1/");
        a.NotGiven.Select(l => l.Label).ShouldBe(["某省"]);
        a.Missing.ShouldBeEmpty();
        var b = (PortalItemModel)pages[1].Model!;
        b.Missing.Select(l => (l.Label, l.Href)).ShouldBe([("丙县", "../../j/c3/conformity/")]);

        var html = TemplateSet.Load(TemplateSource.Embedded).Render("portal-item", a);
        html.ShouldContain("<ins>（含小作坊）</ins>");
        html.ShouldContain("<tr class=\"longer\"><th scope=\"row\">丙县</th>");
        html.ShouldContain("30个工作日");
        html.ShouldContain("<strong class=\"flag\">较长</strong>");
        html.ShouldContain("<td>同目录</td>");

        a.CategoryName.ShouldBe("行政许可");
        a.CategoryHref.ShouldBe("../category/xk/");
        html.ShouldContain("<dt>类别</dt><dd><a href=\"../category/xk/\">行政许可</a></dd>");
    }

    [Fact]
    public void With_serves_memory_only_the_pages_of_items_whose_inputs_changed_are_made_again()
    {
        var warm = new PortalWarm();
        warm.Begin(inPlace: false);
        var first = PortalItemPages.Models(Uses, Frame, warm, "frame").ToDictionary(p => p.Url);
        first.Values.Count(p => p.Model is not null).ShouldBe(5, "a first run makes every page");

        // 丙县 gives B-1 now: B-1's page reads it; A-1's inputs are as they were.
        Uses[3].Entries.ShouldNotContain(e => e.Item == "B-1");
        CatalogueUse[] edited = [.. Uses[..3], County("c3", "丙县", "30个工作日", "食品经营许可（含小作坊）", true)];
        warm.Begin(inPlace: true);
        var pages = PortalItemPages.Models(edited, Frame, warm, "frame").ToList();
        // Kept: A-1's page, and the page of its category (xk), whose rows are as they were; B-1's category and the index count B-1's change.
        pages.Where(p => p.Model is null).Select(p => p.Url).ShouldBe(["catalogue/A-1/", "catalogue/category/xk/"]);
        warm.Kept.ShouldBe(["catalogue/A-1/index.html", "catalogue/category/xk/index.html"]);
        var cold = PortalItemPages.Models(edited, Frame).ToDictionary(p => p.Url);
        ((PortalItemModel)pages.Single(p => p.Url == "catalogue/B-1/").Model!).Missing.ShouldBeEmpty();
        foreach (var (url, _, model) in pages.Where(p => p.Url.StartsWith("catalogue/category/", StringComparison.Ordinal)))
        {
            // A kept page is the one the first run made: it must be the cold run's.
            ((PortalCatalogueCategoryModel)(model ?? first[url].Model)!).Items.ShouldBe(((PortalCatalogueCategoryModel)cold[url].Model!).Items, "a kept item keeps its row: " + url);
        }

        ((PortalCatalogueModel)pages.Single(p => p.Url == "catalogue/").Model!).Categories.ShouldBe(((PortalCatalogueModel)cold["catalogue/"].Model!).Categories);

        // Nothing changed: every page kept, the category pages and the index included.
        warm.Begin(inPlace: true);
        PortalItemPages.Models(edited, Frame, warm, "frame").Count(p => p.Model is not null).ShouldBe(0);
        warm.Kept.Count.ShouldBe(5);

        // Another frame (the portal's title or sections changed): every page again; an update of a fresh folder keeps nothing.
        warm.Begin(inPlace: true);
        PortalItemPages.Models(edited, Frame, warm, "another frame").Count(p => p.Model is null).ShouldBe(0);
        warm.Begin(inPlace: false);
        PortalItemPages.Models(edited, Frame, warm, "another frame").Count(p => p.Model is null).ShouldBe(0);
    }

    [Fact]
    public void The_index_lists_the_categories_and_each_category_page_its_items_with_their_counts()
    {
        var pages = PortalItemPages.Models(Uses, Frame).ToDictionary(p => p.Url);
        var xk = (PortalCatalogueCategoryModel)pages["catalogue/category/xk/"].Model!;
        pages["catalogue/category/xk/"].Kind.ShouldBe("portal-catalogue-category");
        xk.Category.ShouldBe("行政许可");
        xk.Items.Select(i => (i.Code, i.Href, i.Implemented, i.Missing, i.Reworded, i.Longer)).ShouldBe([("A-1", "../../A-1/", 3, 0, 1, 1)]);
        var cf = (PortalCatalogueCategoryModel)pages["catalogue/category/cf/"].Model!;
        cf.Items.Select(i => (i.Code, i.Href, i.Implemented, i.Missing, i.Reworded, i.Longer)).ShouldBe([("B-1", "../../B-1/", 2, 1, 0, 0)]);

        // Standard categories in their order (许可 before 处罚), each with how many of its items someone misses, rewords, makes longer.
        var index = (PortalCatalogueModel)pages["catalogue/"].Model!;
        index.Categories.Select(c => (c.Name, c.Href, c.Items, c.WithMissing, c.WithReworded, c.WithLonger))
            .ShouldBe([("行政许可", "category/xk/", 1, 0, 1, 1), ("行政处罚", "category/cf/", 1, 1, 0, 0)]);

        var templates = TemplateSet.Load(TemplateSource.Embedded);
        var indexHtml = templates.Render("portal-catalogue", index);
        indexHtml.ShouldContain("<td><a href=\"category/xk/\">行政许可</a></td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td>");
        indexHtml.ShouldNotContain("A-1", Case.Sensitive, "the index lists categories, not items");
        var xkHtml = templates.Render("portal-catalogue-category", xk);
        xkHtml.ShouldContain("<td class=\"code\">A-1</td><td><a href=\"../../A-1/\">食品经营许可</a></td><td class=\"num\">3</td>");
        xkHtml.ShouldNotContain("B-1");
    }

    [Fact]
    public void Without_a_catalogue_there_are_no_pages()
    {
        PortalItemPages.Models([], Frame).ShouldBeEmpty();
    }
}
