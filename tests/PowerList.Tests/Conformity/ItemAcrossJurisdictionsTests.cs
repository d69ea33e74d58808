using System.Text.Json;
using PowerList.Conformity;
using PowerList.Generation;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Tests.Conformity;

/// <summary>
/// One catalogue item side by side across the jurisdictions of a generated province: each jurisdiction's status, the
/// reworded names the generator injected (and only those) as word diffs, the longer promised limits it injected
/// flagged against the limit most jurisdictions give; the JSON's diffs rebuild both wordings.
/// </summary>
public sealed class ItemAcrossJurisdictionsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ProvinceResult _province;
    private readonly List<(string Id, ListSet Lists)> _jurisdictions;

    public ItemAcrossJurisdictionsTests()
    {
        var root = Path.Combine(_temp.Path, "province");
        _province = ProvinceGenerator.Generate(new ProvinceOptions { Seed = 9, Cities = 3, Counties = 6, Scale = 0.04 }, root);
        _jurisdictions = [];
        foreach (var d in _province.Deviations)
        {
            // The portal's shared catalogue, as the portal loader applies it to a jurisdiction without its own.
            var folder = Path.Combine(root, "jurisdictions", d.Jurisdiction);
            File.Copy(Path.Combine(root, "catalogue.yaml"), Path.Combine(folder, "catalogue.yaml"));
            _jurisdictions.Add((d.Jurisdiction, ListCheck.Run(folder).Lists));
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_item_shows_each_jurisdictions_status_rewording_and_longer_limit_as_injected()
    {
        var truth = _province.Deviations.ToDictionary(d => d.Jurisdiction);
        var catalogue = _jurisdictions[0].Lists.Catalogue!;
        var checkedLonger = 0;
        var reworded = 0;
        foreach (var item in catalogue.Items)
        {
            var across = ItemAcrossJurisdictions.Compare(item.Code, _jurisdictions).ShouldNotBeNull();
            across.Item.Code.ShouldBe(item.Code);
            across.Rows.Select(r => r.Jurisdiction).Distinct().ShouldBe(_jurisdictions.Select(j => j.Id));
            var longerCount = across.Rows.Count(r => truth[r.Jurisdiction].LongerLimit.Contains(item.Code));
            var timed = across.Rows.Count(r => r.PromisedLimit.Length > 0);
            foreach (var row in across.Rows)
            {
                var t = truth[row.Jurisdiction];
                var expected = t.Implemented.Contains(item.Code) ? ItemAcrossJurisdictions.Implemented
                    : t.WrongLevel.Contains(item.Code) ? ItemAcrossJurisdictions.WrongLevel
                    : t.Missing.Contains(item.Code) ? ItemAcrossJurisdictions.Missing
                    : ItemAcrossJurisdictions.NotGiven;
                row.Status.ShouldBe(expected, $"{item.Code} in {row.Jurisdiction}");
                (row.EntryCode.Length > 0).ShouldBe(expected is ItemAcrossJurisdictions.Implemented or ItemAcrossJurisdictions.WrongLevel);
                row.Reworded.ShouldBe(t.ChangedText.Contains(item.Code), $"{item.Code} in {row.Jurisdiction}");
                reworded += row.Reworded ? 1 : 0;
                if (longerCount * 2 < timed)
                {
                    // Fewer than half lengthened it: the common limit is the catalogue's, and exactly they are longer.
                    row.LongerLimit.ShouldBe(t.LongerLimit.Contains(item.Code), $"{item.Code} in {row.Jurisdiction}");
                    checkedLonger += row.LongerLimit ? 1 : 0;
                }
            }
        }

        checkedLonger.ShouldBeGreaterThan(0);
        reworded.ShouldBeGreaterThan(0);
        ItemAcrossJurisdictions.Compare("NO-SUCH-CODE", _jurisdictions).ShouldBeNull();
    }

    [Fact]
    public void The_json_diffs_rebuild_the_catalogue_wording_and_the_entrys()
    {
        var changed = _province.Deviations.First(d => d.ChangedText.Length > 0);
        var code = changed.ChangedText[0];
        var across = ItemAcrossJurisdictions.Compare(code, _jurisdictions).ShouldNotBeNull();
        using var json = JsonDocument.Parse(ItemAcrossJson.Write(across));
        var root = json.RootElement;
        root.GetProperty("code").GetString().ShouldBe(code);
        var row = root.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("id").GetString() == changed.Jurisdiction);
        row.GetProperty("reworded").GetBoolean().ShouldBeTrue();
        var diff = row.GetProperty("name_diff").EnumerateArray().Select(s => (Op: s.GetProperty("op").GetString(), Text: s.GetProperty("text").GetString())).ToList();
        string.Concat(diff.Where(s => s.Op != "+").Select(s => s.Text)).ShouldBe(root.GetProperty("name").GetString());
        string.Concat(diff.Where(s => s.Op != "-").Select(s => s.Text)).ShouldBe(row.GetProperty("name").GetString());
        diff.ShouldContain(s => s.Op == "+");
        ItemAcrossJson.Write(across).ShouldBe(ItemAcrossJson.Write(ItemAcrossJurisdictions.Compare(code, _jurisdictions)!), "deterministic");
    }

    [Theory]
    [InlineData("20个工作日", 20)]
    [InlineData("5日", 5)]
    [InlineData("即时办结", -1)]
    [InlineData("", -1)]
    public void A_limits_days_are_its_leading_number(string limit, int days) =>
        ItemAcrossJurisdictions.Days(limit).ShouldBe(days);
}
