using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Tests.Site;

/// <summary>
/// A tiny list set built in code (the YAML fixture arrives with the loader): two departments, three categories
/// (one empty), three laws (one repealed), four public entries covering every field, and one secret entry
/// (<see cref="SecretCode"/>) that must never appear in any output byte.
/// </summary>
public static class SampleLists
{
    public const string SecretCode = "650200-FGW-CF-0099";
    public const string SecretName = "绝密事项名称不得公开";
    public const string FullEntryCode = "650200-FGW-CF-0001";

    public static ListSet Create()
    {
        var site = new SiteInfo
        {
            Jurisdiction = "克拉玛依市",
            DivisionCode = "650200",
            Title = "克拉玛依市权责清单",
            BaseUrl = "https://qzqd.example.gov.cn/klmy/",
            SupervisionPhone = "0990-12345",
            ComplaintPhone = "12345",
            OfficeHours = "工作日 10:00-13:30，16:00-19:30",
            Feedback = "mailto:qzqd@example.gov.cn?subject=权责清单问题 {code}",
            DefaultRemedies = ["行政复议", "行政诉讼"],
            Description = "克拉玛依市各部门的**权力清单**和责任清单。[说明](javascript:alert(1)) <script>alert(2)</script>",
        };
        var categories = ImmutableArray.Create(
            new Category { Code = "xk", Name = "行政许可", Order = 1, Description = "行政机关根据申请，准予从事特定活动。" },
            new Category { Code = "cf", Name = "行政处罚", Order = 2, Description = "对违反行政管理秩序的行为给予处罚。" },
            new Category { Code = "jc", Name = "行政检查", Order = 6, Description = "对遵守法律法规情况的检查。" });
        var departments = ImmutableArray.Create(
            new Department { Id = "fgw", Name = "克拉玛依市发展和改革委员会", ShortName = "市发改委", Kind = "政府工作部门", Address = "克拉玛依市世纪大道1号", Phone = "0990-6221234", Website = "https://fgw.example.gov.cn/", SupervisionPhone = "0990-6220000", Feedback = "https://fgw.example.gov.cn/feedback?item={code}&from=qzqd", Order = 1 },
            new Department { Id = "scjgj", Name = "克拉玛依市市场监督管理局", ShortName = "市市场监管局", Kind = "政府工作部门", Address = "克拉玛依市准噶尔路2号", Phone = "0990-6225678", Website = "javascript:alert(3)", Order = 2 });
        var laws = ImmutableArray.Create(
            new Law { Id = "food-safety-law", Title = "中华人民共和国食品安全法", Level = "法律", Issuer = "全国人民代表大会常务委员会", Promulgated = "2015-04-24", Effective = "2015-10-01", Revision = "2021年4月29日修正", Status = "现行有效" },
            new Law { Id = "old-price-rules", Title = "价格违法行为行政处罚暂行规定", Aliases = ["价格处罚暂行规定"], Level = "部门规章", Issuer = "国家计划委员会", Promulgated = "1999-07-10", Effective = "1999-07-10", Status = "已废止", ReplacedBy = "price-law" },
            new Law { Id = "price-law", Title = "中华人民共和国价格法", Level = "法律", Issuer = "全国人民代表大会常务委员会", Promulgated = "1997-12-29", Effective = "1998-05-01", Status = "现行有效" });

        var full = new Entry
        {
            Code = FullEntryCode,
            Name = "对不执行政府指导价、政府定价行为的处罚",
            SubItems =
            [
                new SubItem { Code = "650200-FGW-CF-0001-01", Name = "对超出政府指导价浮动幅度制定价格的处罚", Notes = "见*价格法*第三十九条。" },
                new SubItem { Code = "650200-FGW-CF-0001-02", Name = "对不执行法定价格干预措施的处罚", Basis = [new Citation { Law = "price-law", Articles = "第四十条" }] },
            ],
            Basis =
            [
                new Citation { Law = "price-law", Articles = "第三十九条", Quote = "经营者不执行政府指导价、政府定价以及法定的价格干预措施、紧急措施的，责令改正，没收违法所得……" },
                new Citation { Law = "old-price-rules", Articles = "第四条" },
                new Citation { Text = "《新疆维吾尔自治区价格监督检查条例》第二十条 <b>原文</b>" },
            ],
            Subject = "克拉玛依市发展和改革委员会",
            Handler = "价格监督检查科",
            Levels = [new Level { Name = "地州市级", Scope = "负责本级管辖范围内的价格违法案件。" }],
            Duties = "负责全市价格监督检查工作。\n依法查处价格违法行为。",
            Responsibilities =
            [
                new Responsibility { Stage = "立案责任", Content = "对发现的价格违法行为，予以审查，决定是否立案。", Basis = "《价格违法行为行政处罚规定》" },
                new Responsibility { Stage = "调查责任", Content = "对立案的案件，指定专人负责，及时组织调查取证。", Basis = "《中华人民共和国行政处罚法》第五十五条" },
                new Responsibility { Stage = "决定责任", Content = "作出处罚决定，制作行政处罚决定书。", Basis = "" },
            ],
            Accountable = "承办机构工作人员及负有责任的领导人员。",
            Accountability = "1. 没有法律依据实施处罚的；\n2. 擅自改变处罚种类、幅度的；\n3. 违反法定程序实施处罚的。",
            Process = new ProcessInfo
            {
                Steps =
                [
                    new ProcessStep { Name = "立案", Description = "发现违法线索，审查后决定是否立案。", TimeLimit = "7个工作日" },
                    new ProcessStep { Name = "调查取证", Description = "两名以上执法人员调查，制作笔录。", TimeLimit = "" },
                    new ProcessStep { Name = "告知", Description = "告知拟作出的处罚及陈述申辩权利。", TimeLimit = "3个工作日" },
                    new ProcessStep { Name = "决定", Description = "", TimeLimit = "" },
                    new ProcessStep { Name = "送达执行", Description = "送达处罚决定书。", TimeLimit = "7日" },
                ],
                StatutoryLimit = "90日",
                PromisedLimit = "60日",
            },
            Fees = new Fees { Charged = false },
            Supervision = new Supervision { Method = "市纪委监委派驻纪检组监督；社会监督。", Phone = "" },
            Remedies = [],
            Notes = "本事项**含**两个子项。<img src=x onerror=alert(1)> [看](javascript:alert(1)) [官网](https://www.example.gov.cn/)",
            Adjustments =
            [
                new Adjustment { Type = "调整", Document = "克政发〔2024〕12号", Date = "2024-06-01", Note = "调整承办机构。" },
                new Adjustment { Type = "合并", Document = "克政发〔2023〕3号", Date = "2023-03-01", Replaces = ["650200-FGW-CF-0002", "650200-FGW-CF-0077"] },
            ],
            Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("原表序号", "12")]),
        };
        var old = new Entry
        {
            Code = "650200-FGW-CF-0002",
            Name = "对价格欺诈行为的处罚",
            Basis = [new Citation { Law = "old-price-rules", Articles = "第七条" }],
            Subject = "克拉玛依市发展和改革委员会",
            Supervision = new Supervision { Phone = "0990-7654321" },
            Remedies = ["行政复议"],
        };
        var secret = new Entry
        {
            Code = SecretCode,
            Name = SecretName,
            Basis = [new Citation { Law = "price-law", Articles = "第一条" }],
            Public = false,
            Adjustments = [new Adjustment { Type = "新增", Document = "秘密文件", Date = "2099-01-01" }],
        };
        var licence = new Entry
        {
            Code = "650200-SCJGJ-XK-0001",
            Name = "食品经营许可",
            Basis = [new Citation { Law = "food-safety-law", Articles = "第三十五条第一款", Quote = "国家对食品生产经营实行许可制度。" }],
            Subject = "克拉玛依市市场监督管理局",
            Handler = "行政审批科",
            Process = new ProcessInfo { StatutoryLimit = "20个工作日", PromisedLimit = "5个工作日" },
            Fees = new Fees { Charged = true, Basis = "某收费文件", Standard = "每证10元" },
            Remedies = ["行政复议", "行政诉讼"],
            GuideUrl = "https://zwfw.example.gov.cn/guide/650200-SCJGJ-XK-0001",
            OnlineUrl = "https://zwfw.example.gov.cn/apply/650200-SCJGJ-XK-0001",
            Adjustments = [new Adjustment { Type = "下放", Document = "克政发〔2024〕20号", Date = "2024-09-01", Note = "下放至区级。" }],
        };
        var check = new Entry
        {
            Code = "650200-SCJGJ-XK-0002",
            Name = "特种设备使用登记",
            Subject = "克拉玛依市市场监督管理局",
        };

        return new ListSet
        {
            Root = "/nonexistent/lists",
            Site = site,
            Categories = categories,
            Departments = departments,
            Laws = laws,
            Files =
            [
                new ListFile { Path = "fgw/cf.yaml", Department = "fgw", Category = "cf", Entries = [Place(full, "fgw", "cf"), Place(old, "fgw", "cf"), Place(secret, "fgw", "cf")] },
                new ListFile { Path = "scjgj/xk.yaml", Department = "scjgj", Category = "xk", Entries = [Place(licence, "scjgj", "xk"), Place(check, "scjgj", "xk")] },
            ],
        };
    }

    private static Entry Place(Entry e, string department, string category) => e with { Department = department, Category = category };
}
