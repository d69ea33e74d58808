using PowerList.Model;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site.Pages;

/// <summary>
/// The reading order of <see cref="SiteIndex.Entries"/> (category order, category code, department order, department
/// id, code, then place in the lists) and the lookups built from it, against the order spelled out with LINQ.
/// </summary>
public class SiteIndexTests
{
    [Fact]
    public void Entries_are_in_reading_order_even_when_files_are_not()
    {
        var lists = new ListSet
        {
            Categories = [new Category { Code = "xk", Order = 1 }, new Category { Code = "cf", Order = 2 }],
            Departments = [new Department { Id = "z", Order = 1 }, new Department { Id = "a", Order = 2 }],
            Files =
            [
                File("a", "cf", "A-CF-3", "A-CF-1", "A-CF-2"),
                File("z", "cf", "Z-CF-2", "Z-CF-1"),
                File("a", "xk", "A-XK-1"),
                File("unknown", "cf", "U-CF-1"),
                File("z", "other", "Z-O-2", "Z-O-1"),
                File("a", "other", "A-O-1"),
                File("z", "xk", "Z-XK-9", "Z-XK-9", "Z-XK-1"),
            ],
        };

        var index = new SiteIndex(lists);

        var categoryOrder = lists.Categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var departmentOrder = lists.Departments.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var expected = lists.PublicEntries.Select((e, i) => (Entry: e, At: i))
            .OrderBy(x => categoryOrder.GetValueOrDefault(x.Entry.Category, int.MaxValue))
            .ThenBy(x => x.Entry.Category, StringComparer.Ordinal)
            .ThenBy(x => departmentOrder.GetValueOrDefault(x.Entry.Department, int.MaxValue))
            .ThenBy(x => x.Entry.Department, StringComparer.Ordinal)
            .ThenBy(x => x.Entry.Code, StringComparer.Ordinal)
            .ThenBy(x => x.At)
            .Select(x => x.Entry)
            .ToList();
        index.Entries.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            index.Entries[i].ShouldBeSameAs(expected[i], $"position {i}");
        }

        index.Entries.Select(e => e.Code).ShouldBe(
            ["Z-XK-1", "Z-XK-9", "Z-XK-9", "A-XK-1", "Z-CF-1", "Z-CF-2", "A-CF-1", "A-CF-2", "A-CF-3", "U-CF-1", "Z-O-1", "Z-O-2", "A-O-1"]);
        index.InCategory("cf").Select(e => e.Code).ShouldBe(["Z-CF-1", "Z-CF-2", "A-CF-1", "A-CF-2", "A-CF-3", "U-CF-1"]);
        index.InDepartment("a").Select(e => e.Code).ShouldBe(["A-XK-1", "A-CF-1", "A-CF-2", "A-CF-3", "A-O-1"]);
        index.IsPublished("A-CF-2").ShouldBeTrue();
        index.IsPublished("NOPE").ShouldBeFalse();
    }

    [Fact]
    public void Citing_lists_each_law_once_per_entry_and_latest_changes_take_the_first_of_equal_dates()
    {
        var cites = new Entry
        {
            Code = "C-1",
            Department = "d",
            Category = "c",
            Basis = [new Citation { Law = "l1" }, new Citation { Text = "无结构" }, new Citation { Law = "l1", Articles = "第二条" }],
            SubItems = [new SubItem { Basis = [new Citation { Law = "l2" }, new Citation { Law = "l1" }] }],
            Adjustments =
            [
                new Adjustment { Type = "调整", Date = "2023-01-01", Document = "甲" },
                new Adjustment { Type = "下放", Date = "2024-05-01", Document = "乙" },
                new Adjustment { Type = "取消", Date = "2024-05-01", Document = "丙" },
            ],
        };
        var other = new Entry { Code = "C-2", Department = "d", Category = "c", Basis = [new Citation { Law = "l2" }], Adjustments = [new Adjustment { Date = "2024-05-01" }] };
        var lists = new ListSet { Files = [new ListFile { Department = "d", Category = "c", Entries = [other, cites] }] };

        var index = new SiteIndex(lists);

        index.Citing("l1").ShouldBe([cites]);
        index.Citing("l2").ShouldBe([cites, other]);
        index.Citing("none").ShouldBeEmpty();
        index.LatestChanges.Select(x => (x.Entry.Code, x.Latest.Document)).ShouldBe([("C-1", "乙"), ("C-2", "")]);
    }

    private static ListFile File(string department, string category, params string[] codes) => new()
    {
        Department = department,
        Category = category,
        Entries = [.. codes.Select(c => new Entry { Code = c, Name = c, Department = department, Category = category })],
    };
}
