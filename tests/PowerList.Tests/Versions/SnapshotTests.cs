using PowerList.Diagnostics;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Versions;

public sealed class SnapshotTests
{
    private static readonly ReleaseInfo Release = new() { Version = "2024", Date = "2024-12-31", Title = "2024 年版", Document = "克政办发〔2024〕1号" };

    [Fact]
    public void Snapshot_is_canonical_utf8_lf_without_bom()
    {
        var bytes = SnapshotWriter.Write(SampleLists.Create(), Release);
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.ShouldNotContain((byte)'\r');
        bytes[^1].ShouldBe((byte)'\n');
        SnapshotWriter.Write(SampleLists.Create(), Release).ShouldBe(bytes);
    }

    [Fact]
    public void Snapshot_reads_back_to_the_same_lists()
    {
        var lists = SampleLists.Create();
        var bytes = SnapshotWriter.Write(lists, Release);
        var bag = new DiagnosticBag();
        var back = SnapshotReader.Read(bytes, "/lists/releases/2024.json", "/lists", bag);
        bag.HasErrors.ShouldBeFalse();
        back.ShouldNotBeNull();
        SnapshotWriter.Write(back, Release).ShouldBe(bytes);
        back.Entries.Select(e => e.Code).ShouldBe(lists.Entries.Select(e => e.Code));
        back.Entries.Single(e => e.Code == "650200-FGW-CF-0002").Public.ShouldBeFalse();
        back.Files.Select(f => f.Department + "/" + f.Category).ShouldBe(["fgw/cf", "scjg/xk"]);
        var full = back.Entries.First();
        full.Process!.Steps[0].TimeLimit.ShouldBe("5个工作日");
        full.Fees!.Charged.ShouldBeFalse();
        full.Extra["A列"].ShouldBe("𠀀");
        full.Adjustments[0].Replaces.ShouldBe(["650200-FGW-CF-0009"]);
        full.Source.Self.File.ShouldBe("/lists/releases/2024.json");
        SnapshotReader.ReadRelease(bytes)!.Document.ShouldBe("克政办发〔2024〕1号");
    }

    [Fact]
    public void Snapshot_keeps_an_ending_and_the_lists_writer_writes_it_back()
    {
        var lists = SampleLists.Create();
        var ending = new PowerList.Model.Ending
        {
            Type = "合并", Date = "2025-03-01", Document = "克政发〔2025〕1号", Reason = "两项合并", Successors = ["650200-SCJG-XK-0001"], To = "市市场监管局",
        };
        var file = lists.Files[1];
        lists = lists with { Files = [lists.Files[0], file with { Entries = [file.Entries[0] with { Ended = ending }] }] };
        var bytes = SnapshotWriter.Write(lists, Release);
        var back = SnapshotReader.Read(bytes, "/lists/releases/2024.json", "/lists", new DiagnosticBag())!;
        var ended = back.Entries.Single(e => e.Code == "650200-SCJG-XK-0001").Ended!;
        (ended with { Source = ending.Source }).ShouldBe(ending with { Successors = ended.Successors });
        ended.Successors.ShouldBe(["650200-SCJG-XK-0001"]);
        back.InForceEntries.Select(e => e.Code).ShouldBe(["650200-FGW-CF-0001"]);
        back.EndedEntries.Single().Code.ShouldBe("650200-SCJG-XK-0001");

        var yaml = PowerList.Writing.ListYaml.ListFile("scjg", "xk", back.Files[1].Entries);
        yaml.ShouldContain("    ended:\n      type: 合并\n      date: \"2025-03-01\"\n      document: 克政发〔2025〕1号\n      reason: 两项合并\n");
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "scjg"));
        File.WriteAllText(Path.Combine(temp.Path, "scjg", "xk.yaml"), yaml);
        var loaded = PowerList.Loading.ListLoader.Load(temp.Path);
        var reloaded = loaded.Lists.Entries.Single().Ended!;
        reloaded.Type.ShouldBe("合并");
        reloaded.Successors.ShouldBe(["650200-SCJG-XK-0001"]);
        reloaded.To.ShouldBe("市市场监管局");
    }

    [Fact]
    public void Snapshot_keeps_non_public_entries_as_the_record()
    {
        var text = System.Text.Encoding.UTF8.GetString(SnapshotWriter.Write(SampleLists.Create(), Release));
        text.ShouldContain("\"public\": false");
        text.ShouldContain("涉密事项");
    }

    [Fact]
    public void Broken_snapshot_is_a_diagnostic_not_an_exception()
    {
        var bag = new DiagnosticBag();
        SnapshotReader.Read("{\"format\": 1"u8.ToArray(), "x.json", "/lists", bag).ShouldBeNull();
        bag.ToSortedList().Single().Code.ShouldBe("PL0609");
        var other = new DiagnosticBag();
        SnapshotReader.Read("{\"format\": \"other\"}"u8.ToArray(), "y.json", "/lists", other).ShouldBeNull();
        other.ToSortedList().Single().Code.ShouldBe("PL0609");
    }
}
