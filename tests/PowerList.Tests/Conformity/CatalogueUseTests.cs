using System.Text;
using PowerList.Conformity;
using PowerList.Generation;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Tests.Conformity;

/// <summary>
/// What a portal part keeps for the side-by-side pages (<see cref="CatalogueUse"/>): read back from its JSON it gives the
/// same side-by-side view, item by item, as the lists themselves (generated province: rewordings, longer limits, levels);
/// and the portal-wide conformity files join the jurisdictions' own.
/// </summary>
public sealed class CatalogueUseTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_use_read_back_from_json_compares_every_item_as_the_lists_do()
    {
        var root = Path.Combine(_temp.Path, "province");
        var province = ProvinceGenerator.Generate(new ProvinceOptions { Seed = 5, Cities = 2, Counties = 3, Scale = 0.03 }, root);
        var lists = new List<(string Id, ListSet Lists)>();
        foreach (var d in province.Deviations)
        {
            var folder = Path.Combine(root, "jurisdictions", d.Jurisdiction);
            File.Copy(Path.Combine(root, "catalogue.yaml"), Path.Combine(folder, "catalogue.yaml"));
            lists.Add((d.Jurisdiction, ListCheck.Run(folder).Lists));
        }

        var (derived, written) = (0, 0);
        var uses = lists.Select(j =>
        {
            var use = CatalogueUse.Of(j.Id, j.Lists);
            var bytes = CatalogueUseJson.Write(use);
            var read = CatalogueUseJson.Read(bytes, "x");
            CatalogueUseJson.Write(read).ShouldBe(bytes);
            read.Entries.ShouldBe(use.Entries, "an entry's name and basis left out are its item's");
            using var doc = System.Text.Json.JsonDocument.Parse(bytes);
            foreach (var e in doc.RootElement.GetProperty("entries").EnumerateArray())
            {
                var named = e.TryGetProperty("name", out _);
                var item = use.Items.First(i => i.Code == e.GetProperty("item").GetString());
                var entry = use.Entries.First(x => x.Code == e.GetProperty("code").GetString());
                named.ShouldBe(entry.Name != item.Name, entry.Code);
                e.TryGetProperty("basis", out _).ShouldBe(entry.Basis != item.Basis, entry.Code);
                written += named ? 1 : 0;
                derived += named ? 0 : 1;
            }

            return read;
        }).ToList();
        derived.ShouldBeGreaterThan(0, "most entries word the item as the catalogue does");
        written.ShouldBeGreaterThan(0, "the generator rewords some entries");
        var all = ItemAcrossJurisdictions.CompareAll(uses).ToList();
        var items = lists[0].Lists.Catalogue!.Items;
        all.Select(a => a.Item.Code).ShouldBe(items.Select(i => i.Code).Order(StringComparer.Ordinal));
        var longer = 0;
        foreach (var across in all)
        {
            var direct = ItemAcrossJurisdictions.Compare(across.Item.Code, lists).ShouldNotBeNull();
            ItemAcrossJson.Write(across).ShouldBe(ItemAcrossJson.Write(direct), across.Item.Code);
            longer += across.Rows.Count(r => r.LongerLimit);
        }

        longer.ShouldBeGreaterThan(0, "the generator injects longer limits");
        CatalogueUse.Of("x", lists[0].Lists with { Catalogue = null }).Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_use_that_is_not_one_is_a_clear_error()
    {
        Should.Throw<InvalidDataException>(() => CatalogueUseJson.Read("{\"format\":9}"u8.ToArray(), "p/catalogue-use.json")).Message.ShouldContain("p/catalogue-use.json");
        Should.Throw<InvalidDataException>(() => CatalogueUseJson.Read("{"u8.ToArray(), "p/catalogue-use.json")).Message.ShouldContain("无法读取");
        // An entry that leaves its name to an item the use does not have.
        var orphan = "{\"format\":2,\"id\":\"a\",\"jurisdiction\":\"甲\",\"level\":\"\",\"items\":[],\"entries\":[{\"item\":\"X\",\"code\":\"C\",\"statutory\":\"\",\"promised\":\"\"}]}";
        Should.Throw<InvalidDataException>(() => CatalogueUseJson.Read(Encoding.UTF8.GetBytes(orphan), "p/catalogue-use.json")).Message.ShouldContain("无法读取");
    }

    [Fact]
    public void The_bundles_join_reports_in_the_order_given_with_one_csv_header()
    {
        var a = Report("甲县", "A-1");
        var b = Report("乙县", "B-1");
        var json = Encoding.UTF8.GetString(ConformityBundle.Json([ConformityJson.Write(a), ConformityJson.Write(b)]));
        using (var doc = System.Text.Json.JsonDocument.Parse(json))
        {
            doc.RootElement.EnumerateArray().Select(r => r.GetProperty("jurisdiction").GetString()).ShouldBe(["甲县", "乙县"]);
        }

        Encoding.UTF8.GetString(ConformityBundle.Json([])).ShouldBe("[]\n");
        // Exactly the reports' bytes, each without its trailing white space (ASCII or not), joined.
        Encoding.UTF8.GetString(ConformityBundle.Json([Encoding.UTF8.GetBytes("{\"a\":\"甲 \"}\r\n\u3000 "), Encoding.UTF8.GetBytes("{}\n"), Encoding.UTF8.GetBytes("{\"b\":1}")]))
            .ShouldBe("[\n{\"a\":\"甲 \"},\n{},\n{\"b\":1}\n]\n");
        var csv = Encoding.UTF8.GetString(ConformityBundle.Csv([ConformityCsv.Write(a), ConformityCsv.Write(b)]));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldStartWith("jurisdiction,level,status");
        lines[1].ShouldStartWith("甲县,县市区级,missing,A-1,");
        lines[2].ShouldStartWith("乙县,县市区级,missing,B-1,");
        csv.Count(c => c == '\uFEFF').ShouldBe(1);
        ConformityBundle.Csv([]).ShouldBe(ConformityCsv.Header());
    }

    private static ConformityReport Report(string jurisdiction, string code) =>
        new(jurisdiction, JurisdictionLevel.County, "目录", [], [new ConformityItem(code, "事项", "xk", [JurisdictionLevel.County], [])], [], []);
}
