using System.Text;
using PowerList.Conformity;
using PowerList.Export;
using PowerList.Export.OpenData;
using PowerList.Model;
using PowerList.Validation;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Format;

/// <summary>
/// The writers that share <see cref="PowerList.Output.IndentedJson"/>, <see cref="PowerList.Format.FieldJson"/> (the
/// one walk of the field table) and the companion tables' one shape write, over the sample lists, the bytes of
/// <c>Format/golden/json-writers/</c>: recorded by the writers as they were before the sharing, so a helper that changes a byte fails here.
/// Set POWERLIST_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
/// </summary>
public sealed class JsonWritersTests
{
    private static readonly ListSet Lists = ListCheck.Run(RepoPaths.SampleLists).Lists;

    private static readonly ReleaseInfo Release = new() { Version = "2024", Date = "2024-12-31", Title = "2024年版", Document = "克政办发〔2024〕1号" };

    public static TheoryData<string> Outputs() => new(Written().Keys);

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Writes_the_bytes_it_wrote_before_the_writers_shared_their_walks(string name)
    {
        var bytes = Written()[name];
        bytes.Length.ShouldBeGreaterThan(100);
        var path = Path.Combine(RepoPaths.Root, "tests", "PowerList.Tests", "Format", "golden", "json-writers", name);
        if (Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        File.Exists(path).ShouldBeTrue($"{path} missing: run with POWERLIST_UPDATE_GOLDEN=1 and review it");
        Encoding.UTF8.GetString(bytes).ShouldBe(Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        bytes.ShouldBe(File.ReadAllBytes(path));
    }

    private static Dictionary<string, byte[]> Written()
    {
        var written = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["entries.json"] = JsonExporter.Write(Lists, Lists.Entries),
            ["snapshot.json"] = SnapshotWriter.Write(Lists, Release),
            ["conformity.json"] = ConformityJson.Write(ConformityChecker.Check(Lists)!),
        };
        var code = Lists.Entries.First(e => e.Catalogue.Length > 0).Catalogue;
        written["item-across.json"] = ItemAcrossJson.Write(ItemAcrossJurisdictions.Compare(code, [("a", Lists), ("b", Lists)])!);
        foreach (var file in OpenDataFiles.Of(Lists, "测试", "").Where(f => f.Path is "sub_items.csv" or "levels.csv" or "responsibilities.csv" or "citations.csv" or "adjustments.csv"))
        {
            written[file.Path] = file.Bytes();
        }

        return written;
    }
}
