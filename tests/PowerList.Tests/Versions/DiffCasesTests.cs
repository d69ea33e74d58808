using System.Text;
using PowerList.Versions.Diffing;
using PowerList.Versions.Formatting;

namespace PowerList.Tests.Versions;

/// <summary>
/// Each folder of DiffCases holds from.json and to.json (snapshots) and the golden expected.json (the JSON form of
/// the comparison) and expected.txt (the text form).
/// </summary>
public sealed class DiffCasesTests
{
    public static IEnumerable<object[]> Cases() => VersionTestFiles.Cases("DiffCases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Comparison_matches_golden(string name)
    {
        var folder = Path.Combine(VersionTestFiles.Folder("DiffCases"), name);
        var diff = VersionComparer.Compare(VersionTestFiles.Side(Path.Combine(folder, "from.json")), VersionTestFiles.Side(Path.Combine(folder, "to.json")));
        VersionTestFiles.Golden(Path.Combine(folder, "expected.json"), Encoding.UTF8.GetString(DiffJson.Write(diff)));
        VersionTestFiles.Golden(Path.Combine(folder, "expected.txt"), DiffText.Write(diff));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Non_public_entries_appear_in_no_form(string name)
    {
        var folder = Path.Combine(VersionTestFiles.Folder("DiffCases"), name);
        var from = VersionTestFiles.Side(Path.Combine(folder, "from.json"));
        var to = VersionTestFiles.Side(Path.Combine(folder, "to.json"));
        var diff = VersionComparer.Compare(from, to);
        var hidden = from.Lists.Entries.Concat(to.Lists.Entries).Where(e => !e.Public).Select(e => e.Code).ToList();
        var outputs = new[] { Encoding.UTF8.GetString(DiffJson.Write(diff)), DiffText.Write(diff), DiffMarkdown.Write(diff), DiffCsv.Write(diff) };
        foreach (var code in hidden)
        {
            foreach (var output in outputs)
            {
                output.ShouldNotContain(code);
            }
        }
    }

    [Fact]
    public void Every_change_type_and_kind_is_covered_by_the_cases()
    {
        var kinds = new HashSet<ChangeKind>();
        var types = new HashSet<(string, bool)>();
        foreach (var name in Cases().Select(c => (string)c[0]))
        {
            var folder = Path.Combine(VersionTestFiles.Folder("DiffCases"), name);
            var diff = VersionComparer.Compare(VersionTestFiles.Side(Path.Combine(folder, "from.json")), VersionTestFiles.Side(Path.Combine(folder, "to.json")));
            foreach (var c in diff.All)
            {
                kinds.Add(c.Kind);
                types.Add((c.Type, c.Inferred));
            }
        }

        kinds.Count.ShouldBe(Enum.GetValues<ChangeKind>().Length);
        foreach (var type in PowerList.Model.AdjustmentType.All.Where(t => t != PowerList.Model.AdjustmentType.Transferred))
        {
            types.ShouldContain((type, true), $"{type} inferred");
        }

        // A transfer is never inferred; every ending type comes recorded from an entry's ended: (case ended-recorded).
        foreach (var type in PowerList.Model.AdjustmentType.Endings)
        {
            types.ShouldContain((type, false), $"{type} recorded");
        }

        types.ShouldContain(("下放", false));
        types.ShouldContain(("新增", false));
        types.ShouldContain(("调整", false));
    }
}
