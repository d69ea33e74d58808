using PowerList.Editing;

namespace PowerList.Tests.Editing;

/// <summary><see cref="NewEntry.Addition"/>: the text appended to a list file, in its own indentation, and where the item starts.</summary>
public sealed class NewEntryTests
{
    [Fact]
    public void Items_at_column_zero_get_a_new_item_at_column_zero()
    {
        const string file = "department: fgw\ncategory: cf\nentries:\n- code: 650200-FGW-CF-0001\n  name: 甲\n";

        var (text, line, column) = NewEntry.Addition(file, "fgw", "cf", "650200-FGW-CF-0002", "乙")!.Value;

        text.ShouldBe("- code: 650200-FGW-CF-0002\n  name: 乙\n");
        (line, column).ShouldBe((6, 1));
    }

    [Fact]
    public void Comments_and_blank_lines_after_the_entries_do_not_stop_the_append()
    {
        const string file = "department: fgw\ncategory: cf\nentries:   # 职权\n    - code: 650200-FGW-CF-0001\n      name: 甲\n\n# 末尾注释\n";

        var (text, line, column) = NewEntry.Addition(file, "fgw", "cf", "650200-FGW-CF-0002", "乙")!.Value;

        text.ShouldBe("    - code: 650200-FGW-CF-0002\n      name: 乙\n");
        (line, column).ShouldBe((8, 5));
    }

    [Theory]
    [InlineData("department: fgw\nentries: []\n")]
    [InlineData("department: fgw\nentries:\n  - code: A\n    name: 甲\ncategory: cf\n")]
    public void An_entries_list_that_cannot_grow_at_the_end_gives_null(string file) =>
        NewEntry.Addition(file, "fgw", "cf", "650200-FGW-CF-0002", "乙").ShouldBeNull();
}
