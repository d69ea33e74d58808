using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site.Pages;

/// <summary>
/// <see cref="SiteIndex.Of"/> updating the previous index for the list files that changed (<see cref="SiteIndexUpdate"/>)
/// gives exactly the index made in full, after each kind of change to the entries; where it gives up (two entries of
/// one group with one code) the full index is made.
/// </summary>
public class SiteIndexUpdateTests
{
    private static readonly ListSet Before = new()
    {
        Categories = [new Category { Code = "xk", Order = 1 }, new Category { Code = "cf", Order = 2 }, new Category { Code = "qt", Order = 3 }],
        Departments = [new Department { Id = "z", Order = 1 }, new Department { Id = "a", Order = 2 }, new Department { Id = "m", Order = 3 }],
        Files =
        [
            File("a", "cf", "A-CF-3", "A-CF-1", "A-CF-2"),
            File("z", "cf", "Z-CF-2", "Z-CF-1"),
            File("a", "xk", "A-XK-1"),
            File("m", "qt", "M-QT-1", "M-QT-2"),
            File("z", "xk", "Z-XK-9", "Z-XK-1"),
            File("z", "qt", "Z-QT-1"),
        ],
    };

    public static TheoryData<string> Changes => new()
    {
        "edit", "move", "delete-file", "add-file", "unpublish", "end", "cite-other-law", "new-adjustment", "drop-adjustment",
        "recode", "reorder", "empty-group",
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_updated_index_equals_the_index_made_in_full(string change)
    {
        var previous = new SiteIndex(Before);
        var after = Change(Before, change);
        var timings = new TimingLog();

        var updated = SiteIndex.Of(after, previous, timings);

        timings.Drain().Select(t => t.Part).ShouldContain("site index: updated", "the update, not the full index, was made");
        ShouldBeSame(updated, new SiteIndex(after));
    }

    [Fact]
    public void Two_entries_of_one_group_with_one_code_make_the_full_index()
    {
        var previous = new SiteIndex(Before);
        var file = Before.Files[0];
        var after = Before with { Files = Before.Files.SetItem(0, file with { Entries = file.Entries.Add(file.Entries[0] with { Name = "同编码" }) }) };
        var timings = new TimingLog();

        var index = SiteIndex.Of(after, previous, timings);

        timings.Drain().Select(t => t.Part).ShouldNotContain("site index: updated");
        ShouldBeSame(index, new SiteIndex(after));
    }

    [Fact]
    public void Other_categories_make_the_full_index()
    {
        var previous = new SiteIndex(Before);
        var after = Before with { Categories = [.. Before.Categories.Reverse()], Files = Change(Before, "edit").Files };
        var timings = new TimingLog();

        var index = SiteIndex.Of(after, previous, timings);

        timings.Drain().Select(t => t.Part).ShouldNotContain("site index: updated");
        ShouldBeSame(index, new SiteIndex(after));
    }

    private static ListSet Change(ListSet lists, string change)
    {
        var files = lists.Files;
        ListSet With(int at, Func<ImmutableArray<Entry>, ImmutableArray<Entry>> edit) =>
            lists with { Files = files.SetItem(at, files[at] with { Entries = edit(files[at].Entries) }) };
        switch (change)
        {
            case "edit":
                return With(0, e => e.SetItem(1, e[1] with { Name = "改过的名称" }));
            case "move":
            {
                var moved = files[0].Entries[0] with { Department = "m", Category = "qt" };
                var removed = With(0, e => e.RemoveAt(0));
                return removed with { Files = removed.Files.SetItem(3, files[3] with { Entries = files[3].Entries.Add(moved) }) };
            }

            case "delete-file":
                return lists with { Files = files.RemoveAt(1) };
            case "add-file":
                return lists with { Files = files.Add(File("m", "xk", "M-XK-2", "M-XK-1")) };
            case "unpublish":
                return With(1, e => e.SetItem(0, e[0] with { Public = false }));
            case "end":
                return With(4, e => e.SetItem(1, e[1] with { Ended = new Ending { Type = "取消", Date = "2099-01-01" } }));
            case "cite-other-law":
                return With(3, e => e.SetItem(0, e[0] with { Basis = [new Citation { Law = "l3" }] }));
            case "new-adjustment":
                return With(5, e => e.SetItem(0, e[0] with { Adjustments = [new Adjustment { Type = "调整", Date = "2030-01-01", Document = "新" }] }));
            case "drop-adjustment":
                return With(0, e => e.SetItem(0, e[0] with { Adjustments = [] }));
            case "recode":
                return With(1, e => e.SetItem(1, e[1] with { Code = "Z-CF-0" }));
            case "reorder":
                return With(0, e => [.. e.Reverse()]);
            case "empty-group":
                return With(2, _ => []);
            default:
                throw new ArgumentOutOfRangeException(nameof(change));
        }
    }

    private static void ShouldBeSame(SiteIndex actual, SiteIndex expected)
    {
        actual.Entries.Count.ShouldBe(expected.Entries.Count);
        for (var i = 0; i < expected.Entries.Count; i++)
        {
            actual.Entries[i].ShouldBeSameAs(expected.Entries[i], $"entry {i}");
        }

        var entries = Before.Entries.Concat(actual.Lists.Entries).ToList();
        foreach (var category in entries.Select(e => e.Category).Distinct())
        {
            actual.InCategory(category).ShouldBe(expected.InCategory(category), category);
        }

        foreach (var department in entries.Select(e => e.Department).Distinct())
        {
            actual.InDepartment(department).ShouldBe(expected.InDepartment(department), department);
        }

        foreach (var law in entries.SelectMany(e => e.Basis.Concat(e.SubItems.SelectMany(s => s.Basis))).Select(c => c.Law).Distinct())
        {
            actual.Citing(law).ShouldBe(expected.Citing(law), law);
        }

        actual.LatestChanges.Select(x => (x.Entry, x.Latest)).ShouldBe(expected.LatestChanges.Select(x => (x.Entry, x.Latest)));
    }

    private static ListFile File(string department, string category, params string[] codes) => new()
    {
        Department = department,
        Category = category,
        Entries =
        [
            .. codes.Select((c, i) => new Entry
            {
                Code = c,
                Name = c,
                Department = department,
                Category = category,
                Basis = [new Citation { Law = i % 2 == 0 ? "l1" : "l2" }, new Citation { Text = "无结构" }],
                SubItems = i == 1 ? [new SubItem { Code = c + "-1", Basis = [new Citation { Law = "l3" }] }] : [],
                Adjustments = i == 0 ? [new Adjustment { Type = "调整", Date = $"2024-0{1 + ((c[^1] - '0') % 9)}-01", Document = c }] : [],
            }),
        ],
    };
}
