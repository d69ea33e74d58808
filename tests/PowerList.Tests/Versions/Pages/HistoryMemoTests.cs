using PowerList.Model;
using PowerList.Building;
using PowerList.Versions;
using PowerList.Versions.Diffing;
using PowerList.Versions.Pages;
using PowerList.Versions.Publishing;

namespace PowerList.Tests.Versions.Pages;

/// <summary>
/// <see cref="HistoryMemo"/> gives what <see cref="EntryHistory.Build"/> gives; without releases it keeps the
/// histories while the public codes stay the same, and builds them again when they change or releases appear.
/// </summary>
public class HistoryMemoTests
{
    [Fact]
    public void Without_releases_the_histories_are_kept_while_the_public_codes_stay_the_same()
    {
        var memo = new HistoryMemo();
        var lists = Lists(("B", true), ("A", true), ("S", false));
        var first = memo.Histories(Current(lists));
        Same(first, EntryHistory.Build(Current(lists)));
        first.Select(h => h.Code).ShouldBe(["A", "B"]);

        var edited = Lists(("B", true), ("A", true), ("S", false));
        memo.Histories(Current(edited)).ShouldBeSameAs(first, "same public codes: the histories are those of the previous build");

        var added = Lists(("B", true), ("A", true), ("S", true));
        var again = memo.Histories(Current(added));
        again.ShouldNotBeSameAs(first);
        Same(again, EntryHistory.Build(Current(added)));
        again.Select(h => h.Code).ShouldBe(["A", "B", "S"]);

        var renamed = Lists(("B", true), ("C", true), ("S", true));
        memo.Histories(Current(renamed)).Select(h => h.Code).ShouldBe(["B", "C", "S"]);
    }

    [Fact]
    public void With_releases_the_histories_are_built_every_time()
    {
        var memo = new HistoryMemo();
        var release = new VersionSide("2024", "2024-01-01", "2024年版", "文件", Lists(("A", true)));
        var lists = Lists(("A", true), ("B", true));
        var timeline = new ReleaseTimeline([release], new VersionSide(VersionNames.Current, "", "当前清单", "", lists));

        var first = memo.Histories(timeline);
        Same(first, EntryHistory.Build(timeline));
        memo.Histories(timeline).ShouldNotBeSameAs(first);
        first.Single(h => h.Code == "A").Events.Single().Version.ShouldBe("2024");
    }

    private static ReleaseTimeline Current(ListSet lists) => new([], new VersionSide(VersionNames.Current, "", "当前清单", "", lists));

    private static ListSet Lists(params (string Code, bool Public)[] entries) => new()
    {
        Files = [new ListFile { Department = "d", Category = "c", Entries = [.. entries.Select(e => new Entry { Code = e.Code, Name = "事项" + e.Code, Department = "d", Category = "c", Public = e.Public })] }],
    };

    private static void Same(IReadOnlyList<EntryHistory> actual, IReadOnlyList<EntryHistory> expected)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Code.ShouldBe(expected[i].Code);
            // Events hold immutable arrays, which compare by reference: compare their content hashes.
            actual[i].Events.Select(e => ModelHash.Of(e)).ShouldBe(expected[i].Events.Select(e => ModelHash.Of(e)), $"events of {expected[i].Code}");
        }
    }
}
