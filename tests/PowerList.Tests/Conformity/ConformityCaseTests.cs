using System.Text.Json;
using PowerList.Conformity;
using PowerList.Import;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Tests.Import;
using PowerList.Validation;
using PowerList.Writing;

namespace PowerList.Tests.Conformity;

/// <summary>
/// Data-driven conformity cases (issue 20): each folder under Conformity/Cases holds a catalogue workbook
/// (<c>catalogue.xlsx.json</c>, turned into .xlsx), locality workbooks listed in <c>localities.txt</c>
/// (<c>file | jurisdiction | division code</c>), and for each locality <c>&lt;name&gt;.truth.txt</c>, counted by hand:
/// the level, the catalogue codes implemented, missing and at the wrong level, the names of the entries beyond the
/// catalogue, and how each row was tied. The workbooks go through the real import (catalogue, then each locality tied
/// to it), the lists are written as YAML and loaded back, and <c>powerlist conform</c>'s JSON must say the truth.
/// </summary>
public sealed class ConformityCaseTests
{
    public static TheoryData<string, string> Localities()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot()).Order(StringComparer.Ordinal))
        {
            foreach (var line in Lines(Path.Combine(dir, "localities.txt")))
            {
                data.Add(Path.GetFileName(dir), line.Split('|')[0].Trim());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Localities))]
    public void Conformity_json_matches_the_hand_count(string name, string file)
    {
        var source = Path.Combine(CasesRoot(), name);
        using var work = new TempFolder();
        var catalogue = ReadCatalogue(source, work.Path);
        var locality = Lines(Path.Combine(source, "localities.txt")).Select(l => l.Split('|').Select(p => p.Trim()).ToArray()).Single(p => p[0] == file);
        var truth = Truth(Path.Combine(source, Path.GetFileNameWithoutExtension(file) + ".truth.txt"));

        var sheet = Path.Combine(work.Path, file);
        WorkbookFixture.Write(Path.Combine(source, file + ".json"), sheet);
        var options = new ImportOptions { Jurisdiction = locality[1], DivisionCode = locality[2], Catalogue = catalogue };
        var result = Importer.Import([sheet], options);
        string.Join(" ", result.Matches.Select(m => m.Kind.ToString())).ShouldBe(truth["ties"]);

        // Through the files: lists and catalogue.yaml written, loaded back, valid.
        var lists = Path.Combine(work.Path, "lists");
        var (updated, _) = ListUpdater.Apply(new ListSet { Root = lists }, result, options);
        ListsWriter.Write(lists, updated, result.Entries.Select(e => e.Department).ToHashSet(StringComparer.Ordinal));
        File.WriteAllText(Path.Combine(lists, ListLayout.CatalogueFile), TopLevelYaml.Catalogue(catalogue));
        var loaded = ListCheck.Run(lists);
        loaded.Diagnostics.Where(d => d.IsError).Select(d => d.Format()).ShouldBeEmpty();
        loaded.Lists.Catalogue.ShouldNotBeNull().Items.Length.ShouldBe(catalogue.Items.Length);

        var report = ConformityChecker.Check(loaded.Lists).ShouldNotBeNull();
        using var json = JsonDocument.Parse(ConformityJson.Write(report));
        var root = json.RootElement;
        root.GetProperty("jurisdiction").GetString().ShouldBe(locality[1]);
        root.GetProperty("level").GetString().ShouldBe(truth["level"]);
        foreach (var group in new[] { "implemented", "missing", "wrong_level" })
        {
            Join(root, group, "code").ShouldBe(truth[group], group);
            root.GetProperty("counts").GetProperty(group).GetInt32().ShouldBe(Count(truth[group]), group);
        }

        Join(root, "extra", "name").ShouldBe(truth["extra"], "extra");
        foreach (var item in root.GetProperty("extra").EnumerateArray())
        {
            loaded.Lists.PublicByCode[item.GetProperty("code").GetString()!].Catalogue.ShouldBe("", "an entry beyond the catalogue names no item");
        }

        foreach (var item in root.GetProperty("implemented").EnumerateArray().Concat(root.GetProperty("wrong_level").EnumerateArray()))
        {
            var entries = item.GetProperty("entries").EnumerateArray().Select(e => e.GetString()!).ToArray();
            entries.ShouldNotBeEmpty();
            entries.ShouldAllBe(code => loaded.Lists.PublicByCode[code].Catalogue == item.GetProperty("code").GetString());
        }

        // The CSV download (conformity/conformity.csv, conform --format csv): golden, opened by Excel (BOM).
        var csv = ConformityCsv.Write(report);
        csv.Take(3).ShouldBe(new System.Text.UTF8Encoding(true).GetPreamble());
        var text = new System.Text.UTF8Encoding(false).GetString(csv, 3, csv.Length - 3);
        text.Split("\r\n")[0].ShouldBe(string.Join(",", ConformityCsv.Columns.Select(c => c.Name)));
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        rows.Count(r => r.Contains(",missing,", StringComparison.Ordinal)).ShouldBe(Count(truth["missing"]));
        PowerList.Tests.Versions.VersionTestFiles.Golden(Path.Combine(source, Path.GetFileNameWithoutExtension(file) + ".conformity.csv"), text);
    }

    [Fact]
    public void A_two_level_catalogue_joins_the_rows_of_one_code()
    {
        using var work = new TempFolder();
        var catalogue = ReadCatalogue(Path.Combine(CasesRoot(), "two-level"), work.Path);

        catalogue.Items.Select(i => i.Code).ShouldBe(["XK-001", "XK-002", "XK-003", "CF-001", "CF-002", "CF-003", "JC-001", "QR-001"]);
        catalogue.Items.Single(i => i.Code == "XK-001").Levels.ShouldBe(["地州市级", "县市区级"]);
        catalogue.Items.Single(i => i.Code == "CF-003").Levels.ShouldBe(["地州市级", "县市区级"], "one cell naming both levels");
        catalogue.Items.Single(i => i.Code == "CF-002").Levels.ShouldBe(["县市区级"]);
        catalogue.Items.Single(i => i.Code == "QR-001").Category.ShouldBe("qr");
    }

    private static Catalogue ReadCatalogue(string source, string work)
    {
        var xlsx = Path.Combine(work, "catalogue.xlsx");
        WorkbookFixture.Write(Path.Combine(source, "catalogue.xlsx.json"), xlsx);
        var import = CatalogueImporter.Read([xlsx], "某省地县两级权责清单指导目录（演示）");
        import.Empty.ShouldBeFalse();
        return import.Catalogue;
    }

    private static string Join(JsonElement root, string group, string key) =>
        string.Join(" ", root.GetProperty(group).EnumerateArray().Select(i => i.GetProperty(key).GetString()).Order(StringComparer.Ordinal));

    private static int Count(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Each line <c>key: words</c>; the words sorted (ordinal), except <c>ties</c>, which keep the sheet's order.</summary>
    private static Dictionary<string, string> Truth(string path) =>
        Lines(path).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p =>
        {
            var words = p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(" ", p[0].Trim() == "ties" ? words : words.Order(StringComparer.Ordinal));
        });

    private static IEnumerable<string> Lines(string path) =>
        File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    private static string CasesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "PowerList.Tests", "Conformity", "Cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/PowerList.Tests/Conformity/Cases not found above " + AppContext.BaseDirectory);
    }
}
