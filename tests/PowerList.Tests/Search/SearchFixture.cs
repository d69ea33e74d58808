using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Tests.Search;

/// <summary>
/// A list set for search tests until the real default lists land: hand-written entries modelled on the Karamay lists,
/// one private entry, synonyms, and 600 generated 行政处罚 entries so that 处罚 is a common term (bitmap + tiers).
/// </summary>
public static class SearchFixture
{
    private static readonly Lazy<ListSet> Cached = new(Build);

    public static ListSet Lists => Cached.Value;

    private static ListSet Build()
    {
        var files = new List<ListFile>
        {
            File("scjgj", "xk",
                Entry("650200-SCJGJ-XK-0001", "食品经营许可", ["食品经营许可（新办）", "食品经营许可（变更）"],
                    Cite("food-safety-law", "第三十五条", "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。"),
                    levels: ["地州市级", "县市区级"]),
                Entry("650200-SCJGJ-XK-0002", "营业执照核发", ["企业设立登记", "企业变更登记"],
                    Cite("registration-rules", "第三条", "市场主体应当依照本条例办理登记。"), levels: ["地州市级"])),
            File("scjgj", "cf",
                Entry("650200-SCJGJ-CF-0001", "对未取得食品经营许可从事食品经营活动的处罚", [],
                    Cite("food-safety-law", "第一百二十二条", "违反本法规定，未取得食品生产经营许可从事食品生产经营活动，由县级以上人民政府食品安全监督管理部门没收违法所得。"),
                    levels: ["地州市级"]),
                Entry("650200-SCJGJ-CF-0002", "对招标文件行为不规范的处罚", [],
                    Cite("bidding-law", "第五十一条", "招标人以不合理的条件限制或者排斥潜在投标人的，责令改正，可以处一万元以上五万元以下的罚款。"),
                    levels: ["地州市级"]),
                Entry("650200-SCJGJ-CF-0003", "对ＸＹＺ型计量器具使用不当的处罚", [],
                    Cite("metrology-law", "第二十六条", "使用不合格的计量器具或者破坏计量器具准确度，给国家和消费者造成损失的，责令赔偿损失。"),
                    levels: ["县市区级"])),
            File("fgw", "cf",
                Entry("650200-FGW-CF-0001", "对违反价格法行为的处罚", ["对不执行政府指导价的处罚", "对不执行政府定价的处罚"],
                    Cite("price-law", "第三十九条", "经营者不执行政府指导价、政府定价以及法定的价格干预措施、紧急措施的，责令改正，没收违法所得。"),
                    levels: ["地州市级"])),
            File("fgw", "xk",
                Entry("650200-FGW-XK-0001", "企业投资项目核准", [],
                    Cite("investment-rules", "第六条", "对关系国家安全、涉及全国重大生产力布局的项目实行核准管理。"),
                    levels: ["地州市级"]) with
                {
                    Adjustments = [new Adjustment { Type = AdjustmentType.Delegated, Document = "鄂政发〔2024〕12号", Date = "2024-06-01" }],
                },
                Entry("650200-FGW-XK-0002", "公路一段简单养护工程的备案", [], Cite("highway-law", "第三十五条", "公路管理机构应当按照国务院交通主管部门规定的技术规范和操作规程对公路进行养护。"),
                    levels: ["县市区级"]),
                Entry("650200-FGW-XK-0003", "涉密测试保密事项", [], Cite("price-law", "第一条", "保密内容。"), levels: ["地州市级"]) with { Public = false }),
            File("jtysj", "xk",
                Entry("650200-JTYSJ-XK-0001", "道路运输经营许可", ["道路旅客运输经营许可", "道路货物运输经营许可"],
                    Cite("road-transport-rules", "第十条", "申请从事客运经营的，应当依法向市场监督管理部门办理有关登记手续后，向所在地交通运输主管部门提出申请。"),
                    levels: ["地州市级", "县市区级"])),
            File("jtysj", "cf",
                Entry("650200-JTYSJ-CF-0001", "对未取得道路运输经营许可擅自从事道路运输经营的处罚", [],
                    Cite("road-transport-rules", "第六十三条", "未取得道路运输经营许可，擅自从事道路运输经营的，由县级以上道路运输管理机构责令停止经营。"),
                    levels: ["地州市级"])),
            File("rsj", "gf",
                Entry("650200-RSJ-GF-0001", "失业保险金给付", [], Cite("unemployment-rules", "第十四条", "具备下列条件的失业人员，可以领取失业保险金。"), levels: ["地州市级"])),
            File("rsj", "qr",
                Entry("650200-RSJ-QR-0001", "工伤认定", [], Cite("injury-rules", "第十七条", "职工发生事故伤害，所在单位应当自事故伤害发生之日起30日内提出工伤认定申请。"), levels: ["地州市级"])),
            File("sthjj", "cf", Filler().ToArray()),
        };

        return new ListSet
        {
            Root = "fixture",
            Site = new SiteInfo { Jurisdiction = "克拉玛依市", DivisionCode = "650200", Title = "克拉玛依市权责清单" },
            Categories =
            [
                Category("xk", "行政许可", 1), Category("cf", "行政处罚", 2), Category("gf", "行政给付", 5), Category("qr", "行政确认", 7),
            ],
            Departments =
            [
                Department("fgw", "克拉玛依市发展和改革委员会", 1), Department("scjgj", "克拉玛依市市场监督管理局", 2),
                Department("jtysj", "克拉玛依市交通运输局", 3), Department("rsj", "克拉玛依市人力资源和社会保障局", 4),
                Department("sthjj", "克拉玛依市生态环境局", 5),
            ],
            Laws =
            [
                Law("bidding-law", "中华人民共和国招标投标法"), Law("food-safety-law", "中华人民共和国食品安全法"),
                Law("highway-law", "中华人民共和国公路法"), Law("injury-rules", "工伤保险条例"),
                Law("investment-rules", "企业投资项目核准和备案管理条例"), Law("metrology-law", "中华人民共和国计量法"),
                Law("price-law", "中华人民共和国价格法"), Law("registration-rules", "中华人民共和国市场主体登记管理条例"),
                Law("road-transport-rules", "中华人民共和国道路运输条例"), Law("unemployment-rules", "失业保险条例"),
                Law("environment-law", "中华人民共和国环境保护法"),
            ],
            Synonyms = [new Synonym { Term = "餐馆", Expansions = ["餐饮", "食品经营"] }, new Synonym { Term = "开公司", Expansions = ["企业设立登记"] }],
            Files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)],
        };
    }

    private static IEnumerable<Entry> Filler()
    {
        string[] objects = ["排污单位", "建设单位", "企业事业单位", "机动车维修单位", "危险废物经营单位", "医疗机构", "餐饮服务单位", "畜禽养殖场", "加油站", "工业企业"];
        string[] acts = ["超标排放污染物", "未批先建", "拒不改正", "逃避监管排放", "未按规定贮存危险废物", "擅自倾倒固体废物", "噪声扰民", "未安装油烟净化设施", "未开展自行监测", "篡改监测数据"];
        for (var i = 0; i < 600; i++)
        {
            var obj = objects[i % objects.Length];
            var act = acts[i / objects.Length % acts.Length];
            var round = i / (objects.Length * acts.Length);
            var name = round == 0 ? $"对{obj}{act}行为的处罚" : $"对{obj}{act}行为的处罚（情形{round + 1}）";
            var quote = string.Concat(Enumerable.Repeat($"{obj}{act}的，由生态环境主管部门责令改正，处以罚款；情节严重的，依法给予处罚。", 1 + i % 4));
            yield return Entry($"650200-STHJJ-CF-{i + 1:D4}", name, [], Cite("environment-law", $"第{i % 60 + 1}条", quote),
                levels: i % 3 == 0 ? ["县市区级"] : ["地州市级"]);
        }
    }

    private static ListFile File(string department, string category, params Entry[] entries) => new()
    {
        Path = $"fixture/{department}/{category}.yaml",
        Department = department,
        Category = category,
        Entries = [.. entries.Select(e => e with { Department = department, Category = category, Subject = $"{DepartmentName(department)}", Handler = "执法科" })],
    };

    private static string DepartmentName(string id) => id switch
    {
        "fgw" => "克拉玛依市发展和改革委员会",
        "scjgj" => "克拉玛依市市场监督管理局",
        "jtysj" => "克拉玛依市交通运输局",
        "rsj" => "克拉玛依市人力资源和社会保障局",
        _ => "克拉玛依市生态环境局",
    };

    private static Entry Entry(string code, string name, string[] subItems, Citation basis, string[] levels) => new()
    {
        Code = code,
        Name = name,
        SubItems = [.. subItems.Select((s, i) => new SubItem { Code = $"{code}-{i + 1:D2}", Name = s })],
        Basis = [basis],
        Levels = [.. levels.Select(l => new Level { Name = l, Scope = $"负责{l}管辖范围内的{name}。" })],
        Duties = $"依法实施{name}，加强事中事后监管。",
        Responsibilities =
        [
            new Responsibility { Stage = "受理责任", Content = "依法受理或者不予受理，并一次性告知需要补正的材料。" },
            new Responsibility { Stage = "决定责任", Content = "作出决定，法定告知。" },
        ],
        Accountability = "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任。",
    };

    private static Citation Cite(string law, string articles, string quote) => new() { Law = law, Articles = articles, Quote = quote };

    private static Category Category(string code, string name, int order) => new() { Code = code, Name = name, Order = order };

    private static Department Department(string id, string name, int order) => new() { Id = id, Name = name, ShortName = name, Order = order };

    private static Law Law(string id, string title) => new() { Id = id, Title = title, Level = "法律", Status = "现行有效" };
}
