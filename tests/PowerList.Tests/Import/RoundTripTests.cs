using PowerList.Export;
using PowerList.Import;
using PowerList.Model;
using PowerList.Writing;
using PowerList.Tabular;

namespace PowerList.Tests.Import;

/// <summary>import(export(lists)) gives the same lists: same codes, same entries, field for field (compared as YAML).</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData(Exporter.TableCsv)]
    public void Real_lists_survive_export_and_import(string format)
    {
        var dir = RealData.Karamay();

        var lists = ImportLists(Importer.ExpandPaths([dir]));
        AssertRoundTrip(lists, format);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData(Exporter.TableCsv)]
    public void Case_lists_survive_export_and_import(string format)
    {
        var files = Directory.GetDirectories(CasesRoot()).SelectMany(Materialise).ToList();
        try
        {
            var lists = ImportLists(files);
            lists.Entries.Count().ShouldBeGreaterThan(20);
            AssertRoundTrip(lists, format);
        }
        finally
        {
            foreach (var f in files)
            {
                Directory.Delete(Path.GetDirectoryName(f)!, recursive: true);
            }
        }
    }

    [Fact]
    public void Export_is_byte_for_byte_deterministic()
    {
        var lists = SampleLists();
        foreach (var format in Exporter.Formats)
        {
            Exporter.Export(lists, format).ShouldBe(Exporter.Export(lists, format), format);
        }
    }

    [Fact]
    public void Private_entries_are_exported_only_when_asked()
    {
        var lists = SampleLists();
        foreach (var format in Exporter.Formats)
        {
            var text = System.Text.Encoding.UTF8.GetString(format == "xlsx" ? Unzip(Exporter.Export(lists, format)) : Exporter.Export(lists, format));
            text.ShouldNotContain("涉密事项", customMessage: format);
            text.ShouldContain("公开事项", customMessage: format);
            var all = System.Text.Encoding.UTF8.GetString(format == "xlsx" ? Unzip(Exporter.Export(lists, format, includePrivate: true)) : Exporter.Export(lists, format, includePrivate: true));
            all.ShouldContain("涉密事项", customMessage: format);
        }
    }

    [Fact]
    public void Csv_starts_with_a_bom_and_json_has_the_required_keys()
    {
        var lists = SampleLists();
        Exporter.Export(lists, "csv").Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        using var json = System.Text.Json.JsonDocument.Parse(Exporter.Export(lists, "json"));
        var first = json.RootElement[0];
        foreach (var key in new[] { "code", "name", "department", "category", "public" })
        {
            first.TryGetProperty(key, out _).ShouldBeTrue(key);
        }

        json.RootElement.GetArrayLength().ShouldBe(1);
    }

    internal static ListSet ImportLists(IEnumerable<string> files)
    {
        var result = Importer.Import(files, new ImportOptions());
        return ListUpdater.Apply(new ListSet { Root = "lists" }, result, new ImportOptions()).Lists;
    }

    private static void AssertRoundTrip(ListSet lists, string format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"powerlist-rt-{Guid.NewGuid():N}.{format}");
        try
        {
            File.WriteAllBytes(path, Exporter.Export(lists, format, includePrivate: true));
            var again = Importer.Import([path], new ImportOptions(), lists.Laws);
            again.Files.Single().Failed.ShouldBeFalse();
            var (back, report) = ListUpdater.Apply(new ListSet { Root = "lists" }, again, new ImportOptions());
            back.Entries.Count().ShouldBe(lists.Entries.Count());
            var byCode = back.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
            foreach (var entry in lists.Entries)
            {
                byCode.ShouldContainKey(entry.Code);
                Yaml(byCode[entry.Code]).ShouldBe(Yaml(entry));
                byCode[entry.Code].Category.ShouldBe(entry.Category);
                byCode[entry.Code].Department.ShouldBe(entry.Department);
            }

            back.Laws.Select(l => l.Id).ShouldBe(lists.Laws.Select(l => l.Id));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Yaml(Entry e)
    {
        var w = new YamlWriter();
        ListYaml.WriteEntry(w, e);
        return w.ToString();
    }

    private static ListSet SampleLists() => new()
    {
        Departments = [new Department { Id = "swj", Name = "克拉玛依市商务局", Order = 1 }],
        Categories = [.. CategoryNames.StandardCategories()],
        Files =
        [
            new ListFile
            {
                Department = "swj",
                Category = "cf",
                Entries =
                [
                    new Entry { Code = "650200-SWJ-CF-0001", Name = "公开事项", Department = "swj", Category = "cf" },
                    new Entry { Code = "650200-SWJ-CF-0002", Name = "涉密事项", Department = "swj", Category = "cf", Public = false },
                ],
            },
        ],
    };

    private static byte[] Unzip(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var all = new MemoryStream();
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            s.CopyTo(all);
        }

        return all.ToArray();
    }

    private static IEnumerable<string> Materialise(string caseDir)
    {
        var work = Path.Combine(Path.GetTempPath(), "powerlist-rtcase-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        foreach (var file in Directory.GetFiles(caseDir).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            var target = Path.Combine(work, Path.GetFileName(file));
            if (file.EndsWith(".xlsx.json", StringComparison.Ordinal))
            {
                target = target[..^".json".Length];
                WorkbookFixture.Write(file, target);
            }
            else
            {
                File.Copy(file, target);
            }

            yield return target;
        }
    }

    private static string CasesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "PowerList.Tests", "Import", "Cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Import/Cases");
    }
}
