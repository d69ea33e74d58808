using System.Text.Json;
using PowerList.Conformity;
using PowerList.Generation;
using PowerList.Loading;
using PowerList.Validation;

namespace PowerList.Tests.Generation;

/// <summary>
/// <c>generate --province</c> writes the portal layout; every jurisdiction folder validates on its own (with the
/// portal's shared catalogue, as the portal loader applies it); the conformity JSON of each locality reports exactly
/// the deviations the generator injected; the same seed gives the same bytes.
/// </summary>
public sealed class ProvinceGeneratorTests : IDisposable
{
    private static readonly ProvinceOptions Small = new() { Seed = 4, Cities = 2, Counties = 3, Scale = 0.04 };

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_tree_has_a_portal_a_catalogue_and_one_folder_per_jurisdiction_with_parents()
    {
        var root = Path.Combine(_temp.Path, "province");
        var result = ProvinceGenerator.Generate(Small, root);

        File.Exists(Path.Combine(root, "portal.yaml")).ShouldBeTrue();
        File.Exists(Path.Combine(root, "catalogue.yaml")).ShouldBeTrue();
        Directory.GetDirectories(Path.Combine(root, "jurisdictions")).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["650000", "650100", "650101", "650102", "650200", "650201"]);
        result.Jurisdictions.ShouldBe(6);
        var sites = result.Deviations.Select(d => Load(root, d.Jurisdiction).Lists.Site).ToDictionary(s => s.DivisionCode);
        sites["650000"].Parent.ShouldBe("");
        sites["650000"].Level.ShouldBe("省级");
        sites["650100"].Jurisdiction.ShouldBe("乌鲁木齐市");
        sites["650100"].Parent.ShouldBe("650000");
        sites["650100"].Level.ShouldBe("地州市级");
        sites["650101"].Jurisdiction.ShouldBe("天山区");
        sites["650101"].Parent.ShouldBe("650100");
        sites["650201"].Jurisdiction.ShouldBe("独山子区");
        sites["650201"].Parent.ShouldBe("650200");
        sites["650201"].Level.ShouldBe("县市区级");
    }

    [Fact]
    public void Every_jurisdiction_validates_without_errors_and_conform_finds_exactly_the_injected_deviations()
    {
        var root = Path.Combine(_temp.Path, "province");
        var result = ProvinceGenerator.Generate(Small, root);
        var total = 0;
        foreach (var truth in result.Deviations)
        {
            var loaded = Load(root, truth.Jurisdiction);
            var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
            errors.ShouldBeEmpty(truth.Jurisdiction + ": " + string.Join("\n", errors.Take(5).Select(d => d.Format(null))));
            total += loaded.Lists.Entries.Count();

            var report = ConformityChecker.Check(loaded.Lists).ShouldNotBeNull();
            using var json = JsonDocument.Parse(ConformityJson.Write(report));
            Codes(json, "implemented").ShouldBe(Text(truth.Implemented), truth.Jurisdiction);
            Codes(json, "missing").ShouldBe(Text(truth.Missing), truth.Jurisdiction);
            Codes(json, "wrong_level").ShouldBe(Text(truth.WrongLevel), truth.Jurisdiction);
            Text(json.RootElement.GetProperty("extra").EnumerateArray().SelectMany(i => i.GetProperty("entries").EnumerateArray().Select(e => e.GetString()!))
                .Order(StringComparer.Ordinal)).ShouldBe(report.Applicable ? Text(truth.Extra) : "", truth.Jurisdiction);

            // The 地县两级 catalogue gives the province nothing: its conformity is not applicable, not thousands of "extra".
            report.Applicable.ShouldBe(truth.Jurisdiction != "650000", truth.Jurisdiction);
        }

        total.ShouldBe(result.Entries);
        var localities = result.Deviations.Where(d => d.Jurisdiction != "650000").ToList();
        localities.ShouldAllBe(d => d.Implemented.Length > 0 && d.Missing.Length > 0 && d.Extra.Length > 0);
        localities.Sum(d => d.WrongLevel.Length).ShouldBeGreaterThan(0);
        localities.Sum(d => d.ChangedText.Length).ShouldBeGreaterThan(0);
        localities.Sum(d => d.LongerLimit.Length).ShouldBeGreaterThan(0);
        result.Deviations.Single(d => d.Jurisdiction == "650000").Implemented.ShouldBeEmpty("the province lists its own powers; the catalogue is 地县两级");
    }

    [Fact]
    public void Changed_texts_and_longer_limits_are_in_the_entries()
    {
        var root = Path.Combine(_temp.Path, "province");
        var result = ProvinceGenerator.Generate(Small, root);
        var county = result.Deviations.First(d => d.ChangedText.Length > 0 && d.Jurisdiction != "650000");
        var lists = Load(root, county.Jurisdiction).Lists;
        var items = lists.Catalogue!.Items.ToDictionary(i => i.Code);
        var byItem = lists.Entries.Where(e => e.Catalogue.Length > 0).ToDictionary(e => e.Catalogue);

        foreach (var code in byItem.Keys)
        {
            (byItem[code].Name != items[code].Name).ShouldBe(county.ChangedText.Contains(code), code);
            byItem[code].Name.ShouldStartWith(items[code].Name);
        }

        var longer = result.Deviations.First(d => d.LongerLimit.Length > 0);
        var entry = Load(root, longer.Jurisdiction).Lists.Entries.First(e => e.Catalogue == longer.LongerLimit[0]);
        entry.Process!.PromisedLimit.ShouldBe(entry.Process.StatutoryLimit, "the promised limit is as long as the statutory one, not half");
    }

    [Fact]
    public void Default_scale_has_the_issue_size_and_the_same_seed_gives_the_same_bytes()
    {
        var places = ProvincePlaces.Select(14, 100);
        places.Length.ShouldBe(115);
        places.Select(p => p.Name).Distinct().Count().ShouldBe(115);
        places.Count(p => p.Level == JurisdictionLevel.County).ShouldBe(100);
        places.Where(p => p.Level == JurisdictionLevel.County).ShouldAllBe(p => p.Name.EndsWith('县') || p.Name.EndsWith('区') || p.Name.EndsWith('市'));
        var expected = ProvinceStatistics.ProvinceEntries
            + (14 * (ProvinceStatistics.BothLevelItems + ProvinceStatistics.CityOnlyItems))
            + (100 * (ProvinceStatistics.BothLevelItems + ProvinceStatistics.CountyOnlyItems));
        expected.ShouldBeInRange(280_000, 320_000, "issue: about 300,000 entries (before deviations, which roughly cancel out)");

        ProvinceGenerator.Generate(Small, Path.Combine(_temp.Path, "a"));
        ProvinceGenerator.Generate(Small, Path.Combine(_temp.Path, "b"));
        ProvinceGenerator.Generate(Small with { Seed = 5 }, Path.Combine(_temp.Path, "c"));
        var a = Snapshot(Path.Combine(_temp.Path, "a"));
        var b = Snapshot(Path.Combine(_temp.Path, "b"));
        var c = Snapshot(Path.Combine(_temp.Path, "c"));
        b.Keys.ShouldBe(a.Keys);
        a.All(kv => kv.Value == b[kv.Key]).ShouldBeTrue();
        a.Any(kv => !c.TryGetValue(kv.Key, out var other) || other != kv.Value).ShouldBeTrue();
    }

    /// <summary>A jurisdiction folder with the portal's shared catalogue (copied in, as the portal loader would apply it).</summary>
    private static LoadResult Load(string root, string id)
    {
        var folder = Path.Combine(root, "jurisdictions", id);
        var own = Path.Combine(folder, "catalogue.yaml");
        if (!File.Exists(own))
        {
            File.Copy(Path.Combine(root, "catalogue.yaml"), own);
        }

        return ListCheck.Run(folder);
    }

    private static string Codes(JsonDocument json, string group) =>
        Text(json.RootElement.GetProperty(group).EnumerateArray().Select(i => i.GetProperty("code").GetString()!));

    private static string Text(IEnumerable<string> codes) => string.Join(" ", codes);

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);
}
