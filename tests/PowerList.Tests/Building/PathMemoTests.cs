using PowerList.Building;

namespace PowerList.Tests.Building;

/// <summary><see cref="PathMemo"/> gives each code's path, and the same strings again while the codes stay the same.</summary>
public class PathMemoTests
{
    [Fact]
    public void Paths_are_made_again_only_when_the_codes_change()
    {
        var memo = new PathMemo();
        var made = 0;
        string Path(string code)
        {
            made++;
            return $"entry/{code}/index.html";
        }

        var first = memo.For(new[] { "A", "B" }, c => c, Path);
        first.ShouldBe(["entry/A/index.html", "entry/B/index.html"]);
        made.ShouldBe(2);

        memo.For(new[] { "A", "B" }, c => c, Path).ShouldBeSameAs(first);
        made.ShouldBe(2, "same codes: no path made");

        memo.For(new[] { "B", "A" }, c => c, Path).ShouldBe(["entry/B/index.html", "entry/A/index.html"], "another order");
        memo.For(new[] { "B", "A", "C" }, c => c, Path).ShouldBe(["entry/B/index.html", "entry/A/index.html", "entry/C/index.html"]);
        memo.For(Array.Empty<string>(), c => c, Path).ShouldBeEmpty();
    }
}
