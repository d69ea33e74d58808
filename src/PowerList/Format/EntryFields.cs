using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// The one field table of an entry and its nested records (docs/architecture.md, "Adding a field to an entry"):
/// key, kind, Chinese title, order, getter and setter, and the roles in the outputs. It drives the loader's binding,
/// the canonical YAML, the JSON export, the open-data columns, the officials' table, snapshots, the diff's field
/// texts, validation's text fields and the JSON Schema (<see cref="ListFormat.Entry"/> is <c>Entry.Shape</c>).
/// </summary>
public static class EntryFields
{
    public static RecordTable<Citation> Citation { get; } = new("citation", "依据", "一条法定依据：引用 laws.yaml 中的法规，或写依据原文",
        src => new Citation { Source = src },
    [
        Spec<Citation>.Text("law", "法规", "laws.yaml 中法规的标题、简称（去掉“中华人民共和国”）、别名或 id，可带《》，如 《价格法》", c => c.Law),
        Spec<Citation>.Text("articles", "条款", "如：第三十九条第一款", c => c.Articles),
        Spec<Citation>.Text("quote", "条文内容", "", c => c.Quote),
        Spec<Citation>.Text("text", "依据原文", "无法拆分为法规和条款时的原文", c => c.Text),
    ]);

    public static RecordTable<SubItem> SubItem { get; } = new("sub_item", "子项", "职权事项的子项", src => new SubItem { Source = src },
    [
        Spec<SubItem>.Text("code", "子项编码", "大写字母、数字和连字符，全局唯一，如 650200-FGW-CF-0001-01", s => s.Code)
            .Columns("子项编码", "子项代码")
            .Required(ListFormat.CodePattern),
        Spec<SubItem>.Text("name", "子项名称", "", s => s.Name).Columns("子项名称", "子项", "子项事项名称", "子项目名称").Required(),
        Spec<SubItem>.Citations("basis", "法定依据", "子项自己的依据，空则适用职权的依据", Citation, s => s.Basis),
        Spec<SubItem>.Text("notes", "备注", "Markdown", s => s.Notes).Columns("子项备注")
            with { TableColumn = "子项备注" },
    ]);

    public static RecordTable<Level> Level { get; } = new("level", "实施层级", "行使该权力的层级和权限范围", src => new Level { Source = src },
    [
        Spec<Level>.Text("level", "层级", "如：地州市级、县市区级", l => l.Name)
            .Columns("实施层级", "层级", "行使层级").Required(always: false),
        Spec<Level>.Text("scope", "权限范围", "", l => l.Scope).Columns("权限", "权限范围", "实施权限", "行使权限", "权限划分"),
        Spec<Level>.Text("subject", "本级行使主体", "与职权的行使主体不同时填写", l => l.Subject),
    ]) { EmptyItemKey = "level" };

    public static RecordTable<Responsibility> Responsibility { get; } = new("responsibility", "责任事项", "某一环节的责任",
        src => new Responsibility { Source = src },
    [
        Spec<Responsibility>.Text("stage", "环节", "如：受理责任、审查责任、决定责任", r => r.Stage).Required(always: false),
        Spec<Responsibility>.Text("content", "责任内容", "", r => r.Content).Columns("责任事项", "责任事项内容", "责任内容"),
        Spec<Responsibility>.Text("basis", "责任事项依据", "", r => r.Basis).Columns("责任事项依据", "责任依据", "责任事项的依据"),
    ]) { EmptyItemKey = "content" };

    public static RecordTable<ProcessStep> ProcessStep { get; } = new("process_step", "流程步骤", "运行流程的一步",
        src => new ProcessStep { Source = src },
    [
        Spec<ProcessStep>.Text("name", "步骤名称", "如：受理", s => s.Name).Required(),
        Spec<ProcessStep>.Text("description", "步骤说明", "", s => s.Description),
        Spec<ProcessStep>.Text("time_limit", "时限", "如：5个工作日", s => s.TimeLimit),
    ]);

    public static RecordTable<ProcessInfo> Process { get; } = new("process", "运行流程", "运行流程和时限", src => new ProcessInfo { Source = src },
    [
        Spec<ProcessInfo>.Objects("steps", "流程步骤", "", ProcessStep, p => p.Steps),
        Spec<ProcessInfo>.Text("statutory_limit", "法定时限", "如：20个工作日", p => p.StatutoryLimit)
            .Columns("法定时限", "法定办结时限", "办理时限", "时限", "法定期限", "法定办理时限", "法定办结期限")
            with { DataDescription = "法定办理时限。", TableColumn = "法定时限" },
        Spec<ProcessInfo>.Text("promised_limit", "承诺时限", "如：10个工作日", p => p.PromisedLimit)
            .Columns("承诺时限", "承诺办结时限", "承诺期限", "承诺办理时限", "承诺办结期限")
            with { DataDescription = "承诺办理时限。", TableColumn = "承诺时限" },
    ]);

    public static RecordTable<Fees> Fees { get; } = new("fees", "收费", "收费依据和标准", src => new Fees { Source = src },
    [
        Spec<Fees>.Flag("charged", "是否收费", "true 或 false", false, f => f.Charged),
        Spec<Fees>.Text("basis", "收费依据", "", f => f.Basis),
        Spec<Fees>.Text("standard", "收费标准", "", f => f.Standard),
    ]);

    public static RecordTable<Supervision> Supervision { get; } = new("supervision", "监督方式", "监督方式和监督电话",
        src => new Supervision { Source = src },
    [
        Spec<Supervision>.Text("method", "监督方式", "", s => s.Method)
            .Columns("监督方式", "监督渠道", "诉求渠道", "投诉渠道", "监督投诉渠道") with { TableColumn = "监督方式" },
        Spec<Supervision>.Text("phone", "监督电话", "写成文本，如 0990-1234567", s => s.Phone)
            .Columns("监督电话", "投诉电话", "监督投诉电话") with { TableColumn = "监督电话" },
    ]);

    public static RecordTable<Adjustment> Adjustment { get; } = new("adjustment", "调整情况", "一次调整：什么变了，依据哪个文件，何时",
        src => new Adjustment { Source = src },
    [
        Spec<Adjustment>.Text("type", "调整类型", "", a => a.Type).Required(allowed: AdjustmentType.All),
        Spec<Adjustment>.Text("document", "调整文件", "如：克政发〔2024〕12号", a => a.Document),
        Spec<Adjustment>.Text("date", "调整日期", "YYYY-MM-DD", a => a.Date).Pattern(ListFormat.DatePattern),
        Spec<Adjustment>.Text("note", "说明", "", a => a.Note),
        Spec<Adjustment>.TextList("replaces", "替代的编码", "本职权替代（合并）的职权编码", a => a.Replaces),
    ]);

    public static RecordTable<Ending> Ending { get; } = new("ending", "终止情况", "职权不再实施：取消、合并、下放或转移，依据哪个文件，何时，为什么",
        src => new Ending { Source = src },
    [
        Spec<Ending>.Text("type", "终止类型", "取消、合并（并入另一项职权）、下放（交由下级实施）或转移（交由其他部门实施）", x => x.Type)
            .Required(allowed: AdjustmentType.Endings),
        Spec<Ending>.Text("date", "终止日期", "YYYY-MM-DD，自该日起不再实施", x => x.Date).Pattern(ListFormat.DatePattern),
        Spec<Ending>.Text("document", "终止文件", "如：克政发〔2025〕9号", x => x.Document),
        Spec<Ending>.Text("reason", "理由", "", x => x.Reason),
        Spec<Ending>.TextList("successors", "接续编码", "合并时必填：并入的职权编码；转移时可填接收部门的职权编码", x => x.Successors),
        Spec<Ending>.Text("to", "承接单位", "下放或转移后由谁实施，如：各区人民政府相关部门", x => x.To),
    ]);

    public static RecordTable<Entry> Entry { get; } = new("entry", "职权事项", "一个部门在一个类别中的一项职权", src => new Entry { Source = src },
    [
        Spec<Entry>.Text("code", "职权编码", "大写字母、数字和连字符，全局唯一，如 650200-FGW-CF-0001", e => e.Code)
            .Columns("编码", "职权编码", "事项编码", "权力编码", "事项代码", "基本编码", "权责事项编码", "主项编码")
            .Required(ListFormat.CodePattern) with { Compared = false, DataTitle = "编码", DataDescription = "事项编码，全清单唯一，是各附表的 code 所指的键。" },
        Spec<Entry>.Text("name", "职权名称", "", e => e.Name)
            .Columns("事项名称", "职权名称", "项目名称", "权力名称", "权力事项名称", "职权事项名称", "权责事项名称", "主项名称", "事项", "职权事项", "权力事项", "项目").Required()
            with { DataTitle = "事项名称", DataDescription = "事项名称。" },
        Spec<Entry>.Text("catalogue", "目录编码", "本职权实施的通用目录（指导目录）事项编码，见 catalogue.yaml", e => e.Catalogue)
            .Columns("目录编码", "通用目录编码", "指导目录编码", "目录事项编码")
            .Pattern(ListFormat.CodePattern) with { DataDescription = "本事项实施的通用目录（指导目录）事项编码，见 catalogue.yaml；目录外事项为空。" },
        Spec<Entry>.Objects("sub_items", "子项", "", SubItem, e => e.SubItems),
        Spec<Entry>.Citations("basis", "法定依据", "引用 laws.yaml 中的法规和条款，或写依据原文", Citation, e => e.Basis)
            .Columns("实施依据", "设定依据", "法定依据", "依据", "法律依据", "设定和实施依据", "设立依据", "职权依据", "权力依据"),
        Spec<Entry>.Text("subject", "行使主体", "", e => e.Subject)
            .Columns("行使主体", "实施主体", "责任主体", "实施机关", "执法主体") with { DataDescription = "行使主体。" },
        Spec<Entry>.Text("handler", "承办机构", "", e => e.Handler)
            .Columns("承办机构", "承办科室", "承办处室", "内设机构", "责任科室", "承办机构(科室)", "责任处室")
            with { DataDescription = "承办机构。", TableColumn = "承办机构" },
        Spec<Entry>.Objects("levels", "实施层级", "", Level, e => e.Levels),
        Spec<Entry>.Text("duties", "部门职责", "", e => e.Duties).Columns("部门职责", "职责", "部门职责依据")
            with { DataDescription = "部门职责。", TableColumn = "部门职责" },
        Spec<Entry>.Objects("responsibilities", "责任事项", "", Responsibility, e => e.Responsibilities),
        Spec<Entry>.Text("accountable", "追责对象范围", "", e => e.Accountable).Columns("追责对象范围", "追责对象", "问责对象")
            with { DataDescription = "追责对象范围。", TableColumn = "追责对象范围" },
        Spec<Entry>.Text("accountability", "追责情形", "", e => e.Accountability)
            .Columns("追责情形", "问责情形", "追责情形及依据", "问责情形及依据")
            with { DataDescription = "追责情形。", TableColumn = "追责情形" },
        Spec<Entry>.Object("process", "运行流程", "", Process, e => e.Process),
        Spec<Entry>.Object("fees", "收费依据和标准", "", Fees, e => e.Fees)
            .Columns("收费依据和标准", "收费依据及标准", "收费标准", "收费依据", "是否收费", "收费(征收)依据和标准", "收费(征收)依据及标准", "收费(征收)标准")
            with { TableColumn = "收费依据和标准" },
        Spec<Entry>.Object("supervision", "监督方式", "", Supervision, e => e.Supervision),
        Spec<Entry>.TextList("remedies", "救济渠道", "空则使用 site.yaml 的 default_remedies", e => e.Remedies)
            .Columns("救济渠道", "救助渠道", "救济途径", "救济方式")
            with { DataDescription = "救济渠道，每行一个。", TableColumn = "救济渠道" },
        Spec<Entry>.Text("guide_url", "办事指南", "政务服务网上本事项办事指南的 http(s) 地址", e => e.GuideUrl)
            .Columns("办事指南", "办事指南链接", "办事指南地址", "办事指南网址", "服务指南", "服务指南链接")
            with { DataDescription = "政务服务网上本事项办事指南的地址。", TableColumn = "办事指南" },
        Spec<Entry>.Text("online_url", "在线办理", "政务服务网上本事项在线办理的 http(s) 地址", e => e.OnlineUrl)
            .Columns("在线办理", "在线办理链接", "在线办理地址", "在线办理网址", "网上办理", "网上办理链接", "网上办理地址", "办理入口")
            with { DataDescription = "政务服务网上在线办理本事项的地址。", TableColumn = "在线办理" },
        Spec<Entry>.Text("notes", "备注", "Markdown，不显示原始 HTML", e => e.Notes).Columns("备注", "说明")
            with { DataDescription = "备注。", TableColumn = "备注" },
        Spec<Entry>.Flag("public", "是否公开", "false 表示涉密，保留在清单中但不发布", true, e => e.Public)
            .Columns("是否公开", "是否公示", "是否公布", "是否对外公开", "是否向社会公开")
            with { OmitDefault = true, Compared = false, TableColumn = "是否公开" },
        Spec<Entry>.Objects("adjustments", "调整情况", "", Adjustment, e => e.Adjustments) with { Compared = false },
        Spec<Entry>.Object("ended", "终止情况", "职权已取消、合并、下放或转移时填写；事项保留在清单中，不再计入现行职权", Ending, e => e.Ended)
            with { Compared = false },
        Spec<Entry>.TextMap("extra", "其他列", "导入时没有对应字段的原表列，按列名", e => e.Extra) with { DiffLabel = "其他" },
    ]);
}
