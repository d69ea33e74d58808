using PowerList.Loading;

namespace PowerList.Tests.Loading;

public class ListLoaderTests
{
    private static TempFolder Minimal()
    {
        var temp = new TempFolder();
        temp.Write("site.yaml", "jurisdiction: 克拉玛依市\ntitle: 权责清单\ndivision_code: \"650200\"\ndefault_remedies: [行政复议, 行政诉讼]\n");
        temp.Write("categories.yaml", "categories:\n  - {code: xk, name: 行政许可, order: 2}\n  - {code: cf, name: 行政处罚, order: 1}\n");
        temp.Write("departments.yaml", "departments:\n  - id: fgw\n    name: 克拉玛依市发展和改革委员会\n    phone: 0990123\n");
        temp.Write("laws.yaml", "laws:\n  - id: price-law\n    title: 中华人民共和国价格法\n");
        temp.Write("fgw/cf.yaml", """
            department: fgw
            category: cf
            entries:
              - code: 650200-FGW-CF-0001
                name: 对违反价格法行为的处罚
                basis:
                  - law: price-law
                    articles: 第三十九条
                  - 不能解析的依据原文
                remedies: [行政复议]
                public: false
                fees: {charged: true, standard: 按标准}
                extra: {原表列名: 值}
            """);
        temp.Write("_schema/list.schema.json", "{}");
        temp.Write("releases/whatever.yaml", "not: [valid");
        return temp;
    }

    [Fact]
    public void Loads_every_file_with_sources()
    {
        using var temp = Minimal();
        var result = ListLoader.Load(temp.Path);
        result.Diagnostics.ShouldBeEmpty();
        var set = result.Lists;
        set.Site.Jurisdiction.ShouldBe("克拉玛依市");
        set.Site.DefaultRemedies.ShouldBe(["行政复议", "行政诉讼"]);
        set.Site.Source.Of("default_remedies[1]").Column.ShouldBe(26);
        set.Categories.Select(c => c.Code).ShouldBe(["cf", "xk"]);
        set.Departments.Single().Phone.ShouldBe("0990123");
        var entry = set.Entries.Single();
        (entry.Department, entry.Category, entry.Public).ShouldBe(("fgw", "cf", false));
        entry.Basis.Length.ShouldBe(2);
        entry.Basis[0].Law.ShouldBe("price-law");
        entry.Basis[1].Text.ShouldBe("不能解析的依据原文");
        entry.Basis[1].Source.Self.Line.ShouldBe(9);
        entry.Fees!.Charged.ShouldBeTrue();
        entry.Extra["原表列名"].ShouldBe("值");
        entry.Source.Self.Line.ShouldBe(4);
        entry.Source.Of("name").ShouldBe(new PowerList.Diagnostics.SourceLocation(Path.Combine(temp.Path, "fgw/cf.yaml"), 5, 11));
    }

    [Fact]
    public void Wrong_types_and_unknown_keys_are_reported_and_loading_continues()
    {
        using var temp = Minimal();
        temp.Write("fgw/xk.yaml", "department: fgw\ncategory: xk\nentries:\n  - code: A\n    nmae: x\n    public: maybe\n    name: {a: 1}\n  - code: B\n    名称: y\n");
        var result = ListLoader.Load(temp.Path);
        var lines = result.Diagnostics.Select(d => d.Format(temp.Path)).ToArray();
        lines.ShouldBe(
        [
            "fgw/xk.yaml:5:5: error PL0201: 未知的键“nmae”，是不是要写“name”？",
            "fgw/xk.yaml:6:13: error PL0203: “public”只能是 true 或 false，实际是“maybe”",
            "fgw/xk.yaml:7:11: error PL0202: “name”应为文本，实际是映射",
            "fgw/xk.yaml:9:5: error PL0201: 未知的键“名称”，此处可用的键：code、name、catalogue、sub_items、basis、subject、handler、levels、duties、responsibilities、accountable、accountability、process、fees、supervision、remedies、guide_url、online_url、notes、public、adjustments、ended、extra",
        ]);
        result.Lists.Entries.Select(e => e.Code).ShouldBe(["650200-FGW-CF-0001", "A", "B"]);
    }
}
