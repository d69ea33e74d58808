using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Tests.Versions;

/// <summary>A small ListSet built in code with every field filled, one non-public entry.</summary>
internal static class SampleLists
{
    public static ListSet Create(string root = "/lists")
    {
        var full = new Entry
        {
            Code = "650200-FGW-CF-0001",
            Name = "对不执行政府指导价的处罚",
            Department = "fgw",
            Category = "cf",
            SubItems = [new SubItem { Code = "650200-FGW-CF-0001-01", Name = "子项一", Basis = [new Citation { Text = "某规定第一条" }], Notes = "子项备注" }],
            Basis = [new Citation { Law = "price-law", Articles = "第三十九条", Quote = "经营者不执行政府指导价……\"引号\"" }, new Citation { Text = "自由文本依据" }],
            Subject = "克拉玛依市发展和改革委员会",
            Handler = "价格监督检查科",
            Levels = [new Level { Name = "地州市级", Scope = "本级", Subject = "" }, new Level { Name = "县市区级", Scope = "辖区", Subject = "区发改委" }],
            Duties = "职责",
            Responsibilities = [new Responsibility { Stage = "立案责任", Content = "内容", Basis = "依据" }],
            Accountable = "对象",
            Accountability = "情形",
            Process = new ProcessInfo { Steps = [new ProcessStep { Name = "受理", Description = "说明", TimeLimit = "5个工作日" }], StatutoryLimit = "20个工作日", PromisedLimit = "10个工作日" },
            Fees = new Fees { Charged = false, Basis = "", Standard = "" },
            Supervision = new Supervision { Method = "电话", Phone = "0990-1234567" },
            Remedies = ["行政复议", "行政诉讼"],
            Notes = "备注 **Markdown** <script>",
            Adjustments = [new Adjustment { Type = "调整", Document = "克政发〔2024〕12号", Date = "2024-06-01", Note = "说明", Replaces = ["650200-FGW-CF-0009"] }],
            Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("原表列名", "值"), KeyValuePair.Create("A列", "𠀀")]),
        };
        var secret = new Entry { Code = "650200-FGW-CF-0002", Name = "涉密事项", Department = "fgw", Category = "cf", Public = false };
        var other = new Entry { Code = "650200-SCJG-XK-0001", Name = "食品生产许可", Department = "scjg", Category = "xk" };
        return new ListSet
        {
            Root = root,
            Site = new SiteInfo { Jurisdiction = "克拉玛依市", DivisionCode = "650200", Title = "权责清单", BaseUrl = "https://example.org/", SupervisionPhone = "12345", DefaultRemedies = ["行政复议", "行政诉讼"], Description = "介绍" },
            Categories = [new Category { Code = "xk", Name = "行政许可", Order = 1, Description = "d" }, new Category { Code = "cf", Name = "行政处罚", Order = 2 }],
            Departments = [new Department { Id = "fgw", Name = "发改委", ShortName = "发改", Kind = "政府工作部门", Address = "地址", Phone = "1", Website = "https://x/", Order = 1 }, new Department { Id = "scjg", Name = "市场监管局", Order = 2 }],
            Laws = [new Law { Id = "price-law", Title = "中华人民共和国价格法", Aliases = ["价格法"], Level = "法律", Issuer = "全国人大常委会", Promulgated = "1997-12-29", Effective = "1998-05-01", Revision = "", Status = "现行有效", ReplacedBy = "" }],
            Synonyms = [new Synonym { Term = "餐馆", Expansions = ["餐饮", "食品经营"] }],
            Files =
            [
                new ListFile { Path = Path.Combine(root, "fgw", "cf.yaml"), Department = "fgw", Category = "cf", Entries = [full, secret] },
                new ListFile { Path = Path.Combine(root, "scjg", "xk.yaml"), Department = "scjg", Category = "xk", Entries = [other] },
            ],
        };
    }
}
