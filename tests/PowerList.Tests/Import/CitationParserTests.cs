using PowerList.Import;

namespace PowerList.Tests.Import;

public sealed class CitationParserTests
{
    [Theory]
    [InlineData("【法律】《中华人民共和国行政处罚法》（2021年1月22日修订）第二十二条第一款、第二项：违法行为由违法行为发生地的行政机关管辖。",
        "法律|中华人民共和国行政处罚法|2021年1月22日修订|第二十二条第一款、第二项|违法行为由违法行为发生地的行政机关管辖。")]
    [InlineData("《公路法》第八条", "|公路法||第八条|")]
    [InlineData("【法规】《条例》(2019年修订)\n第三条　县级以上人民政府负责。", "法规|条例|2019年修订|第三条|县级以上人民政府负责。")]
    [InlineData("【规范性文件】《通知》（新交发〔2020〕1号）", "规范性文件|通知|新交发〔2020〕1号||")]
    [InlineData("依据国家有关规定执行", "text:依据国家有关规定执行")]
    [InlineData("【法规】（禁止使用童工规定》第四条", "text:【法规】（禁止使用童工规定》第四条")]
    [InlineData("《中华人民共和国道路运输条例》第二十二条：申请人应当取得《道路运输经营许可证》。",
        "|中华人民共和国道路运输条例||第二十二条|申请人应当取得《道路运输经营许可证》。")]
    public void Parses_one_citation(string cell, string expected)
    {
        var c = CitationParser.Parse(cell).ShouldHaveSingleItem();
        var actual = c.IsStructured ? $"{c.Tag}|{c.Title}|{c.Revision}|{c.Articles}|{c.Quote}" : "text:" + c.Text;
        actual.ShouldBe(expected);
    }

    [Fact]
    public void Splits_several_citations_and_articles_per_cell()
    {
        var cell = "【法律】《甲法》（2017年修正）\n第七十六条：甲。\n第七十七条：乙。\n【规章】《乙规定》第五十七条：丙。";
        var parsed = CitationParser.Parse(cell);
        parsed.Select(c => $"{c.Title}/{c.Articles}/{c.Quote}").ShouldBe(["甲法/第七十六条/甲。", "甲法/第七十七条/乙。", "乙规定/第五十七条/丙。"]);
    }

    [Fact]
    public void Keeps_text_before_the_first_title()
    {
        var parsed = CitationParser.Parse("根据以下规定：\n《甲法》第一条");
        parsed.Select(c => c.IsStructured ? c.Title : "text:" + c.Text).ShouldBe(["text:根据以下规定：", "甲法"]);
    }

    [Theory]
    [InlineData("中华人民共和国药品管理法", "药品管理法")]
    [InlineData("中华人民共和国行政许可法（2019年修正）", "行政许可法")]
    [InlineData("公路工程竣（交）工验收办法", "公路工程竣(交)工验收办法")]
    [InlineData("新疆维吾尔自治区实施<中华人民共和国渔业法>办法", "新疆维吾尔自治区实施中华人民共和国渔业法办法")]
    public void Matches_titles_of_the_same_law(string title, string key)
    {
        LawRegistry.MatchKey(title).ShouldBe(LawRegistry.MatchKey(key));
    }

    [Theory]
    [InlineData("法律", "中华人民共和国公路法", "法律")]
    [InlineData("法规", "农药管理条例", "行政法规")]
    [InlineData("法规", "新疆维吾尔自治区畜禽屠宰管理条例", "地方性法规")]
    [InlineData("规章", "肥料登记管理办法", "部门规章")]
    [InlineData("", "中华人民共和国公路法", "法律")]
    [InlineData("", "生猪屠宰管理条例", "行政法规")]
    [InlineData("", "关于加强管理的通知", "规范性文件")]
    public void Derives_the_level(string tag, string title, string level)
    {
        LawRegistry.LevelOf(tag, title).ShouldBe(level);
    }
}
