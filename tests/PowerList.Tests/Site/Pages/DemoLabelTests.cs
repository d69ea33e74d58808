using AngleSharp.Html.Parser;
using PowerList.Model;

namespace PowerList.Tests.Site.Pages;

/// <summary>Demonstration adjustments (their document or note says 演示) are labelled 演示 on the home page; real ones are not.</summary>
public sealed class DemoLabelTests
{
    [Fact]
    public void The_home_page_labels_demonstration_adjustments_and_explains_the_label()
    {
        var real = Home(SampleLists.Create());
        real.QuerySelectorAll("#latest ~ ul.changes li, section ul.changes li").Length.ShouldBeGreaterThan(0);
        real.QuerySelectorAll("strong.demo").Length.ShouldBe(0);
        real.QuerySelector(".demo-note").ShouldBeNull();

        var lists = SampleLists.Create();
        var fileIndex = lists.Files.ToList().FindIndex(f => f.Entries.Any(e => e.Adjustments.Any(a => a.Type == "下放")));
        var file = lists.Files[fileIndex];
        var i = file.Entries.ToList().FindIndex(e => e.Adjustments.Any(a => a.Type == "下放"));
        var entry = file.Entries[i] with { Adjustments = [file.Entries[i].Adjustments[0] with { Note = "下放至区级（演示数据）。" }] };
        lists = lists with { Files = lists.Files.SetItem(fileIndex, file with { Entries = file.Entries.SetItem(i, entry) }) };

        var demo = Home(lists);
        var labelled = demo.QuerySelectorAll("ul.changes li").Where(li => li.QuerySelector("strong.demo") is not null).ToList();
        labelled.Count.ShouldBe(1);
        labelled[0].QuerySelector("a")!.TextContent.ShouldBe(entry.Name);
        labelled[0].QuerySelector("strong.demo")!.TextContent.ShouldBe("演示");
        demo.QuerySelector(".demo-note")!.TextContent.ShouldContain("演示数据");
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Home(ListSet lists)
    {
        var dir = SiteTestSupport.NewTempFolder("demo-label");
        try
        {
            SiteTestSupport.Build(lists, Path.Combine(dir, "site"));
            return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir, "site", "index.html")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
