using PowerList.Import;
using PowerList.Tabular;

namespace PowerList.Tests.Import;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("  企业投资项目   核准  ", "企业投资项目 核准")]
    [InlineData("地州\n市级", "地州市级")]
    [InlineData("负责本级核准，\n并对项目进行\n监管。", "负责本级核准，并对项目进行监管。")]
    [InlineData("直接实施责任：\n1.受理。\n2.审查。", "直接实施责任：\n1.受理。\n2.审查。")]
    [InlineData("第一段。\n\n\n第二段。", "第一段。\n\n第二段。")]
    [InlineData("《甲法》\n    第三条：内容", "《甲法》\n第三条：内容")]
    [InlineData("word\nsplit", "word split")]
    [InlineData("a\r\nb。\rc", "a b。\nc")]
    public void Cleans_without_losing_meaning(string raw, string clean)
    {
        TextCleaner.Clean(raw).ShouldBe(clean);
    }

    [Theory]
    [InlineData("６５０２００－ＦＧＷ－ＣＦ－０００１", "650200-FGW-CF-0001")]
    [InlineData(" ab 12 ", "AB12")]
    public void Normalises_codes(string raw, string code)
    {
        TextCleaner.CleanCode(raw).ShouldBe(code);
    }

    [Theory]
    [InlineData("事项\n名称", ColumnKind.Name)]
    [InlineData("职权名称", ColumnKind.Name)]
    [InlineData("实施层级\n及权限", ColumnKind.LevelAndScope)]
    [InlineData("救助渠道", ColumnKind.Remedies)]
    [InlineData("承办机构（科室）", ColumnKind.Field)]
    [InlineData("联系人", null)]
    public void Recognises_header_synonyms(string title, ColumnKind? kind)
    {
        HeaderSynonyms.Recognise(title).ShouldBe(kind);
    }

    [Theory]
    [InlineData("附件：克拉玛依市交通运输局2024年权责清单.xlsx", "克拉玛依市交通运输局", "jtys")]
    [InlineData("2024年市农业农村局权责清单.xls", "克拉玛依市农业农村局", "nync")]
    [InlineData("克拉玛依市档案局2024年权责清单.xlsx", "克拉玛依市档案局", "daj")]
    public void Derives_department_from_file_name(string file, string name, string id)
    {
        DepartmentNames.FromFileName(file, "克拉玛依市").ShouldBe(name);
        DepartmentNames.IdFor(name, "克拉玛依市").ShouldBe(id);
    }

    [Fact]
    public void Unknown_departments_get_a_stable_hashed_id_only_outside_the_initials_table()
    {
        DepartmentNames.IdFor("克拉玛依市某某中心", "克拉玛依市").ShouldBe("mmzx");
        var id = DepartmentNames.IdFor("克拉玛依市㐀㐁中心", "克拉玛依市");
        id.ShouldMatch("^d[0-9a-f]{8}$");
        DepartmentNames.IdFor("克拉玛依市㐀㐁中心", "克拉玛依市").ShouldBe(id);
    }

    [Theory]
    [InlineData("行政处罚（254项）", "cf")]
    [InlineData("行政检查（ 17项）", "jc")]
    [InlineData("其他行政权力（3项）", "qt")]
    [InlineData("市生态环境局（217项）", null)]
    public void Reads_the_category_from_a_sheet_name(string sheet, string? code)
    {
        CategoryNames.FromTitle(sheet).ShouldBe(code);
    }
}
