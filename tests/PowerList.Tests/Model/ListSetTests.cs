using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Tests.Model;

/// <summary>
/// <see cref="ListSet.PublicEntries"/> and <see cref="ListSet.PublicByCode"/> are collected once per files array:
/// shared by copies that keep the files, collected again for copies with other files, and never part of equality.
/// </summary>
public class ListSetTests
{
    private static ListFile File(string path, params Entry[] entries) => new() { Path = path, Entries = [.. entries] };

    private static Entry Entry(string code, bool isPublic = true) => new() { Code = code, Name = "事项" + code, Public = isPublic };

    [Fact]
    public void Public_entries_are_the_public_ones_in_file_order_and_by_code()
    {
        var lists = new ListSet { Files = [File("a.yaml", Entry("3"), Entry("1", isPublic: false)), File("b.yaml", Entry("2"))] };

        lists.PublicEntries.Select(e => e.Code).ShouldBe(["3", "2"]);
        lists.PublicByCode.Keys.Order(StringComparer.Ordinal).ShouldBe(["2", "3"]);
        lists.PublicByCode.ContainsKey("1").ShouldBeFalse("a secret entry is not public");
        lists.PublicByCode["2"].ShouldBeSameAs(lists.PublicEntries[1]);
    }

    [Fact]
    public void A_copy_with_the_same_files_shares_the_list_and_one_with_other_files_collects_its_own()
    {
        var lists = new ListSet { Files = [File("a.yaml", Entry("1"), Entry("2"))] };
        var first = lists.PublicEntries;

        lists.PublicEntries.ShouldBeSameAs(first, "collected once");
        (lists with { Root = "elsewhere" }).PublicEntries.ShouldBeSameAs(first, "same files array");

        var edited = lists with { Files = [File("a.yaml", Entry("1"), Entry("2", isPublic: false)), File("c.yaml", Entry("9"))] };
        edited.PublicEntries.Select(e => e.Code).ShouldBe(["1", "9"]);
        edited.PublicByCode.ContainsKey("2").ShouldBeFalse();
        edited.PublicByCode.ContainsKey("9").ShouldBeTrue();
        lists.PublicEntries.Select(e => e.Code).ShouldBe(["1", "2"], "the original keeps its own");
    }

    [Fact]
    public void Collected_lists_do_not_change_equality()
    {
        var files = ImmutableArray.Create(File("a.yaml", Entry("1")));
        var a = new ListSet { Root = "r", Files = files };
        var b = new ListSet { Root = "r", Files = files };
        _ = a.PublicEntries;
        _ = a.PublicByCode;

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void With_duplicate_codes_the_last_public_entry_wins_the_lookup()
    {
        var lists = new ListSet { Files = [File("a.yaml", Entry("1")), File("b.yaml", Entry("1") with { Name = "后者" })] };

        lists.PublicEntries.Count.ShouldBe(2);
        lists.PublicByCode["1"].Name.ShouldBe("后者");
    }
}
