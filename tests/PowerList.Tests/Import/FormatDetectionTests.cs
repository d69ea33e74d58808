using PowerList.Import;
using PowerList.Import.Reading;

namespace PowerList.Tests.Import;

/// <summary>The format is decided by the file's content, never by its extension.</summary>
public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, WorkbookFormat.Xls)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0 }, WorkbookFormat.Xlsx)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xE5, 0xBA, 0x8F }, WorkbookFormat.Csv)]
    public void Detects_by_magic_bytes(byte[] head, WorkbookFormat format)
    {
        WorkbookReader.DetectFormat(head).ShouldBe(format);
    }

    [Fact]
    public void A_workbook_with_the_wrong_extension_reads_the_same()
    {
        var dir = RealData.Karamay();

        var xls = Path.Combine(dir, "克拉玛依市医疗保障局2024年权责清单.xls");
        var renamed = Path.Combine(Path.GetTempPath(), $"powerlist-{Guid.NewGuid():N}-克拉玛依市医疗保障局权责清单.csv");
        File.Copy(xls, renamed);
        try
        {
            var a = Importer.Import([xls], new ImportOptions());
            var b = Importer.Import([renamed], new ImportOptions());
            b.Files.Single().Failed.ShouldBeFalse();
            b.Entries.Select(e => e.Name).ShouldBe(a.Entries.Select(e => e.Name));
        }
        finally
        {
            File.Delete(renamed);
        }
    }

    [Fact]
    public void A_csv_named_xlsx_is_read_as_csv_and_binary_junk_is_refused()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-fmt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var csv = Path.Combine(dir, "克拉玛依市商务局权责清单.xlsx");
            File.WriteAllText(csv, "序号,事项名称,权力类型\n1,甲事项,行政处罚\n");
            var junk = Path.Combine(dir, "scan.csv");
            File.WriteAllBytes(junk, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0, 0]);
            var result = Importer.Import([csv, junk], new ImportOptions());
            result.Files[0].Failed.ShouldBeFalse();
            result.Entries.Single().Name.ShouldBe("甲事项");
            result.Files[1].Failed.ShouldBeTrue();
            result.Files[1].Error.ShouldContain("scan.csv");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
