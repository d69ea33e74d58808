using PowerList.Import;
using PowerList.Model;

namespace PowerList.Tests.Import;

/// <summary>Re-importing an updated sheet updates entries in place: codes kept, new entries numbered after the highest, removed ones reported.</summary>
public sealed class ReimportTests
{
    [Fact]
    public void Updates_in_place_without_renumbering()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-reimport-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "克拉玛依市商务局权责清单.csv");
            File.WriteAllText(file, "序号,事项名称,权力类型,实施依据\n1,甲事项,行政处罚,《甲条例》第一条\n2,乙事项,行政处罚,《乙条例》第二条\n3,丙事项,行政处罚,《丙条例》第三条\n");
            var options = new ImportOptions();
            var (first, report1) = ListUpdater.Apply(new ListSet { Root = dir }, Importer.Import([file], options), options);
            report1.Added.Length.ShouldBe(3);
            var codes = first.Entries.ToDictionary(e => e.Name, e => e.Code);
            codes["甲事项"].ShouldBe("650200-SWJ-CF-0001");
            codes["丙事项"].ShouldBe("650200-SWJ-CF-0003");

            // 乙 is gone, 丙 changed its basis and moved up, 丁 is new.
            File.WriteAllText(file, "序号,事项名称,权力类型,实施依据\n1,丙事项,行政处罚,《丙条例》第四条\n2,甲事项,行政处罚,《甲条例》第一条\n3,丁事项,行政处罚,《丁条例》第一条\n");
            var (second, report2) = ListUpdater.Apply(first, Importer.Import([file], options, first.Laws), options);
            var after = second.Entries.ToDictionary(e => e.Name, e => e);
            after["甲事项"].Code.ShouldBe(codes["甲事项"]);
            after["丙事项"].Code.ShouldBe(codes["丙事项"]);
            after["丁事项"].Code.ShouldBe("650200-SWJ-CF-0004");
            after["乙事项"].Code.ShouldBe(codes["乙事项"]);
            // 乙 stays with its ending recorded (not a 取消 adjustment): no longer in force, document and date left for staff.
            after["乙事项"].Adjustments.ShouldBeEmpty();
            after["乙事项"].Ended.ShouldNotBeNull();
            after["乙事项"].Ended!.Type.ShouldBe(AdjustmentType.Abolished);
            after["乙事项"].Ended!.Reason.ShouldBe(ListUpdater.RemovedNote);
            after["乙事项"].Ended!.Document.ShouldBeEmpty();
            after["乙事项"].IsInForce.ShouldBeFalse();
            PowerList.Validation.ListValidator.Validate(second).Where(d => d.Code == "PL0510").Select(d => d.Message)
                .ShouldHaveSingleItem().ShouldContain(codes["乙事项"]);
            report2.Added.Select(a => a.Name).ShouldBe(["丁事项"]);
            report2.Changed.Select(a => a.Name).ShouldBe(["丙事项"]);
            report2.Removed.Select(a => a.Name).ShouldBe(["乙事项"]);
            report2.Unchanged.ShouldBe(1);

            // The same sheet again changes nothing.
            var (_, report3) = ListUpdater.Apply(second, Importer.Import([file], options, second.Laws), options);
            report3.Added.ShouldBeEmpty();
            report3.Changed.ShouldBeEmpty();
            report3.Removed.ShouldBeEmpty();
            second.Entries.Single(e => e.Name == "乙事项").Ended.ShouldNotBeNull();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_older_imports_abolished_adjustment_becomes_the_recorded_ending()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-reimport-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "克拉玛依市商务局权责清单.csv");
            File.WriteAllText(file, "序号,事项名称,权力类型\n1,甲事项,行政处罚\n2,乙事项,行政处罚\n");
            var options = new ImportOptions();
            var (first, _) = ListUpdater.Apply(new ListSet { Root = dir }, Importer.Import([file], options), options);
            var legacy = new Adjustment { Type = AdjustmentType.Abolished, Note = ListUpdater.RemovedNote, Document = "克政发〔2025〕1号", Date = "2025-01-02" };
            var older = first with
            {
                Files = [.. first.Files.Select(f => f with { Entries = [.. f.Entries.Select(e => e.Name == "乙事项" ? e with { Adjustments = [legacy] } : e)] })],
            };

            File.WriteAllText(file, "序号,事项名称,权力类型\n1,甲事项,行政处罚\n");
            var (second, report) = ListUpdater.Apply(older, Importer.Import([file], options, older.Laws), options);
            var gone = second.Entries.Single(e => e.Name == "乙事项");
            gone.Adjustments.ShouldBeEmpty();
            gone.Ended.ShouldBe(new Ending { Type = AdjustmentType.Abolished, Reason = ListUpdater.RemovedNote, Document = "克政发〔2025〕1号", Date = "2025-01-02" });
            report.Removed.Select(r => r.Item2).ShouldBe(["乙事项"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Keeps_public_false_and_fields_the_sheet_does_not_carry()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-reimport-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "克拉玛依市商务局权责清单.csv");
            File.WriteAllText(file, "序号,事项名称,权力类型\n1,甲事项,行政处罚\n");
            var options = new ImportOptions();
            var (first, _) = ListUpdater.Apply(new ListSet { Root = dir }, Importer.Import([file], options), options);
            var edited = first with
            {
                Files = [.. first.Files.Select(f => f with { Entries = [.. f.Entries.Select(e => e with { Public = false, Remedies = ["行政复议"] })] })],
            };
            var (second, report) = ListUpdater.Apply(edited, Importer.Import([file], options), options);
            var entry = second.Entries.Single();
            entry.Public.ShouldBeFalse();
            entry.Remedies.ShouldBe(["行政复议"]);
            report.Changed.ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_entry_that_changes_category_keeps_its_code_and_leaves_no_stale_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-reimport-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "克拉玛依市商务局权责清单.csv");
            var lists = Path.Combine(dir, "lists");
            var options = new ImportOptions();
            File.WriteAllText(file, "序号,事项名称,权力类型\n1,甲事项,行政处罚\n");
            var (first, _) = ListUpdater.Apply(new ListSet { Root = lists }, Importer.Import([file], options), options);
            PowerList.Writing.ListsWriter.Write(lists, first);
            File.Exists(Path.Combine(lists, "swj", "cf.yaml")).ShouldBeTrue();

            File.WriteAllText(file, "序号,事项名称,权力类型\n1,甲事项,行政检查\n");
            var (second, report) = ListUpdater.Apply(first, Importer.Import([file], options), options);
            PowerList.Writing.ListsWriter.Write(lists, second, new HashSet<string> { "swj" });
            second.Entries.Single().Code.ShouldBe("650200-SWJ-CF-0001");
            second.Entries.Single().Category.ShouldBe("jc");
            report.Changed.Length.ShouldBe(1);
            File.Exists(Path.Combine(lists, "swj", "cf.yaml")).ShouldBeFalse();
            File.Exists(Path.Combine(lists, "swj", "jc.yaml")).ShouldBeTrue();
            PowerList.Validation.ListCheck.Run(lists).Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
