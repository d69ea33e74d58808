using System.Text.Json;
using PowerList.Export;
using PowerList.Export.OpenData;
using PowerList.Tests.Site;

namespace PowerList.Tests.Export.OpenData;

/// <summary><c>datapackage.json</c> describes every open-data file, from the same columns the files are written from.</summary>
public sealed class DataPackageTests
{
    [Fact]
    public void The_package_of_the_sample_lists_matches_its_files()
    {
        var dir = SiteTestSupport.NewTempFolder("datapackage");
        var lists = SampleLists.Create();
        var files = OpenDataFiles.Of(lists, "测试清单（现行数据）", "");
        foreach (var file in files)
        {
            // Written as a build writes them: straight into the file.
            using var stream = File.Create(Path.Combine(dir, file.Path));
            file.WriteTo(stream);
        }

        DataPackageChecker.Problems(dir).ShouldBeEmpty();
        Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(
            ["adjustments.csv", "citations.csv", "datapackage.json", "entries.csv", "entries.json", "entries.xlsx", "levels.csv", "responsibilities.csv", "sub_items.csv"]);

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "datapackage.json")));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        resources.Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal).ShouldBe(
            files.Select(f => f.Path).Where(p => p != DataPackage.Path).Order(StringComparer.Ordinal));
        var entries = resources.Single(r => r.GetProperty("name").GetString() == "entries");
        entries.GetProperty("schema").GetProperty("primaryKey")[0].GetString().ShouldBe("code");
        entries.GetProperty("schema").GetProperty("fields")[1].GetProperty("title").GetString().ShouldBe("事项名称");
        var subItems = resources.Single(r => r.GetProperty("name").GetString() == "sub_items");
        subItems.GetProperty("schema").GetProperty("foreignKeys")[0].GetProperty("reference").GetProperty("resource").GetString().ShouldBe("entries");

        // The XLSX is described by the columns of the officials' table it is written from.
        var xlsx = resources.Single(r => r.GetProperty("path").GetString() == "entries.xlsx");
        xlsx.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ShouldBe(
            ExportTable.Build(PowerList.Model.PublishedLists.Of(lists), lists.PublicEntries, false).Columns);

        // The non-public entry is in none of the files.
        foreach (var file in Directory.GetFiles(dir).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            File.ReadAllText(file).ShouldNotContain(SampleLists.SecretCode, customMessage: file);
        }
    }

    [Fact]
    public void The_package_is_the_same_bytes_every_time_and_names_the_release()
    {
        var lists = SampleLists.Create();
        var a = OpenDataFiles.Of(lists, "版本", "2025").Single(f => f.Path == DataPackage.Path).Bytes();
        var b = OpenDataFiles.Of(lists, "版本", "2025").Single(f => f.Path == DataPackage.Path).Bytes();
        b.ShouldBe(a);
        using var package = JsonDocument.Parse(a);
        package.RootElement.GetProperty("version").GetString().ShouldBe("2025");
        package.RootElement.GetProperty("name").GetString().ShouldBe("powerlist-650200-2025");
    }
}
