using PowerList.Site.Pages;

namespace PowerList.Tests.Site;

public sealed class PagerTests
{
    [Theory]
    [InlineData(1, 1, "")]
    [InlineData(3, 2, "1 [2] 3")]
    [InlineData(20, 1, "[1] 2 3 4 … 20")]
    [InlineData(20, 10, "1 … 7 8 9 [10] 11 12 13 … 20")]
    [InlineData(20, 20, "1 … 17 18 19 [20]")]
    [InlineData(9, 5, "1 2 3 4 [5] 6 7 8 9")]
    public void Shows_the_ends_and_the_pages_near_the_current_one(int pages, int current, string expected)
    {
        var links = GroupedListPages.Pager(pages, current, n => $"p{n}/");

        string.Join(" ", links.Select(l => l.Current ? $"[{l.Label}]" : l.Label)).ShouldBe(expected);
        links.Where(l => l.Label != "…" && !l.Current).ShouldAllBe(l => l.Href == $"p{l.Label}/");
    }
}
