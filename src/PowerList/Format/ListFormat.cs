using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// The one description of the list format (docs/format.md): every file's keys, their kinds, and Chinese titles.
/// The loader accepts exactly these keys; <see cref="JsonSchemaWriter"/> writes the editors' schemas from them.
/// </summary>
public static class ListFormat
{
    public const string CodePattern = "^[0-9A-Z](?:[0-9A-Z-]{0,62}[0-9A-Z])?$";
    public const string DepartmentIdPattern = "^[a-z][a-z0-9-]{0,39}$";
    public const string CategoryCodePattern = "^[a-z][a-z0-9-]{0,15}$";
    public const string LawIdPattern = "^[a-z0-9][a-z0-9-]{0,79}$";
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public static IReadOnlyList<string> DepartmentKinds { get; } = ["政府工作部门", "法律法规授权组织", "中央垂直管理部门"];

    public static IReadOnlyList<string> LawLevels { get; } = ["法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "规范性文件"];

    public const string LawInForce = "现行有效";
    public const string LawRevised = "已修订";
    public const string LawRepealed = "已废止";

    public static IReadOnlyList<string> LawStatuses { get; } = [LawInForce, LawRevised, LawRepealed];

    /// <summary>The levels a jurisdiction (and a catalogue item) can have.</summary>
    public static IReadOnlyList<string> JurisdictionLevels { get; } = ["省级", "地州市级", "县市区级", "乡镇（街道）级"];

    private static Field T(string key, string title, string description = "") => new(key, FieldKind.Text, title, description);

    public static Shape Site { get; } = new("site", "站点信息", "lists/site.yaml：辖区和网站的基本信息",
    [
        T("jurisdiction", "辖区名称", "如：克拉玛依市") with { Required = true },
        T("division_code", "行政区划代码", "6 位数字，如 650200") with { Pattern = "^[0-9]{6}$" },
        T("level", "辖区层级", "省级、地州市级或县市区级；不填时按行政区划代码判断") with { Allowed = JurisdictionLevels },
        T("parent", "上级辖区", "多辖区门户（portal.yaml）中上一级辖区的文件夹名，如 420000；省级不填") with { Pattern = "^[a-z0-9][a-z0-9-]{0,39}$" },
        T("title", "网站标题", "如：克拉玛依市权责清单") with { Required = true },
        T("base_url", "网站地址", "发布后的绝对地址，以 / 结尾，如 https://qzqd.example.gov.cn/"),
        T("supervision_phone", "投诉监督电话", "写成文本，如 0990-12345；部门未写监督电话时使用"),
        T("complaint_phone", "投诉电话", "如 12345 政务服务便民热线"),
        T("address", "受理投诉地址"),
        T("office_hours", "办公时间", "如：工作日 10:00-13:30，16:00-19:30"),
        T("website", "网站", "http(s) 绝对地址"),
        T("feedback", "报告问题", "http(s) 地址或 mailto: 邮件地址，{code} 处填入事项编码，如 mailto:qzqd@example.gov.cn?subject=权责清单问题 {code}"),
        new Field("default_remedies", FieldKind.TextList, "默认救济渠道", "职权未写救济渠道时使用，如 [行政复议, 行政诉讼]"),
        T("description", "网站介绍", "首页显示的介绍，Markdown"),
    ]);

    public static Shape Category { get; } = new("category", "职权类别", "一种行政权力类别",
    [
        T("code", "类别代码", "小写字母，也是清单文件名，如 cf") with { Required = true, Pattern = CategoryCodePattern },
        T("name", "类别名称", "如：行政处罚") with { Required = true },
        new Field("order", FieldKind.Integer, "排序", "数字小的排在前面"),
        T("description", "说明", "一句话向群众说明这类权力"),
    ]);

    public static Shape Department { get; } = new("department", "部门", "一个实施部门",
    [
        T("id", "部门标识", "小写字母、数字和连字符，也是文件夹名，如 fgw") with { Required = true, Pattern = DepartmentIdPattern },
        T("name", "部门名称", "如：克拉玛依市发展和改革委员会") with { Required = true },
        T("short_name", "部门简称", "如：市发展改革委"),
        T("kind", "部门类型") with { Allowed = DepartmentKinds },
        T("address", "办公地址"),
        T("phone", "联系电话"),
        T("website", "网站", "http(s) 绝对地址"),
        T("supervision_phone", "监督电话", "空则使用 site.yaml 的 supervision_phone"),
        T("complaint_phone", "投诉电话"),
        T("office_hours", "办公时间"),
        T("feedback", "报告问题", "http(s) 地址或 mailto: 邮件地址，{code} 处填入事项编码；空则使用 site.yaml 的 feedback"),
        new Field("order", FieldKind.Integer, "排序", "数字小的排在前面"),
    ]);

    public static Shape Law { get; } = new("law", "法规", "职权引用的一部法律、法规、规章或规范性文件",
    [
        T("id", "法规标识", "小写字母、数字和连字符，如 price-law") with { Required = true, Pattern = LawIdPattern },
        T("title", "法规名称", "全称，不带书名号，如 中华人民共和国价格法") with { Required = true },
        new Field("aliases", FieldKind.TextList, "别名", "曾用名或简称"),
        T("level", "效力层级") with { Allowed = LawLevels },
        T("issuer", "制定机关"),
        T("promulgated", "公布日期", "YYYY-MM-DD") with { Pattern = DatePattern },
        T("effective", "施行日期", "YYYY-MM-DD") with { Pattern = DatePattern },
        T("revision", "修订情况", "如：2021年1月22日修订"),
        T("status", "时效性") with { Allowed = LawStatuses },
        T("replaced_by", "被替代为", "替代它的法规标识") with { Pattern = LawIdPattern },
    ]);

    public static Shape Synonym { get; } = new("synonym", "同义词", "群众可能输入的词和清单中使用的词",
    [
        T("term", "检索词", "如：餐馆") with { Required = true },
        new Field("expansions", FieldKind.TextList, "扩展词", "如 [餐饮, 食品经营]"),
    ]);

    public static Shape Citation { get; } = new("citation", "依据", "一条法定依据：引用 laws.yaml 中的法规，或写依据原文",
    [
        T("law", "法规", "laws.yaml 中法规的标题、简称（去掉“中华人民共和国”）、别名或 id，可带《》，如 《价格法》"),
        T("articles", "条款", "如：第三十九条第一款"),
        T("quote", "条文内容"),
        T("text", "依据原文", "无法拆分为法规和条款时的原文"),
    ]);

    public static Shape SubItem { get; } = new("sub_item", "子项", "职权事项的子项",
    [
        T("code", "子项编码", "大写字母、数字和连字符，全局唯一，如 650200-FGW-CF-0001-01") with { Required = true, Pattern = CodePattern },
        T("name", "子项名称") with { Required = true },
        new Field("basis", FieldKind.Citations, "法定依据", "子项自己的依据，空则适用职权的依据") { Item = Citation },
        T("notes", "备注", "Markdown"),
    ]);

    public static Shape Level { get; } = new("level", "实施层级", "行使该权力的层级和权限范围",
    [
        T("level", "层级", "如：地州市级、县市区级") with { Required = true },
        T("scope", "权限范围"),
        T("subject", "本级行使主体", "与职权的行使主体不同时填写"),
    ]);

    public static Shape Responsibility { get; } = new("responsibility", "责任事项", "某一环节的责任",
    [
        T("stage", "环节", "如：受理责任、审查责任、决定责任") with { Required = true },
        T("content", "责任内容"),
        T("basis", "责任事项依据"),
    ]);

    public static Shape ProcessStep { get; } = new("process_step", "流程步骤", "运行流程的一步",
    [
        T("name", "步骤名称", "如：受理") with { Required = true },
        T("description", "步骤说明"),
        T("time_limit", "时限", "如：5个工作日"),
    ]);

    public static Shape Process { get; } = new("process", "运行流程", "运行流程和时限",
    [
        new Field("steps", FieldKind.ObjectList, "流程步骤") { Item = ProcessStep },
        T("statutory_limit", "法定时限", "如：20个工作日"),
        T("promised_limit", "承诺时限", "如：10个工作日"),
    ]);

    public static Shape Fees { get; } = new("fees", "收费", "收费依据和标准",
    [
        new Field("charged", FieldKind.Boolean, "是否收费", "true 或 false"),
        T("basis", "收费依据"),
        T("standard", "收费标准"),
    ]);

    public static Shape Supervision { get; } = new("supervision", "监督方式", "监督方式和监督电话",
    [
        T("method", "监督方式"),
        T("phone", "监督电话", "写成文本，如 0990-1234567"),
    ]);

    public static Shape Adjustment { get; } = new("adjustment", "调整情况", "一次调整：什么变了，依据哪个文件，何时",
    [
        T("type", "调整类型") with { Required = true, Allowed = AdjustmentType.All },
        T("document", "调整文件", "如：克政发〔2024〕12号"),
        T("date", "调整日期", "YYYY-MM-DD") with { Pattern = DatePattern },
        T("note", "说明"),
        new Field("replaces", FieldKind.TextList, "替代的编码", "本职权替代（合并）的职权编码"),
    ]);

    public static Shape Ending { get; } = new("ending", "终止情况", "职权不再实施：取消、合并、下放或转移，依据哪个文件，何时，为什么",
    [
        T("type", "终止类型", "取消、合并（并入另一项职权）、下放（交由下级实施）或转移（交由其他部门实施）") with { Required = true, Allowed = AdjustmentType.Endings },
        T("date", "终止日期", "YYYY-MM-DD，自该日起不再实施") with { Pattern = DatePattern },
        T("document", "终止文件", "如：克政发〔2025〕9号"),
        T("reason", "理由"),
        new Field("successors", FieldKind.TextList, "接续编码", "合并时必填：并入的职权编码；转移时可填接收部门的职权编码"),
        T("to", "承接单位", "下放或转移后由谁实施，如：各区人民政府相关部门"),
    ]);

    public static Shape Entry { get; } = new("entry", "职权事项", "一个部门在一个类别中的一项职权",
    [
        T("code", "职权编码", "大写字母、数字和连字符，全局唯一，如 650200-FGW-CF-0001") with { Required = true, Pattern = CodePattern },
        T("name", "职权名称") with { Required = true },
        T("catalogue", "目录编码", "本职权实施的通用目录（指导目录）事项编码，见 catalogue.yaml") with { Pattern = CodePattern },
        new Field("sub_items", FieldKind.ObjectList, "子项") { Item = SubItem },
        new Field("basis", FieldKind.Citations, "法定依据", "引用 laws.yaml 中的法规和条款，或写依据原文") { Item = Citation },
        T("subject", "行使主体"),
        T("handler", "承办机构"),
        new Field("levels", FieldKind.ObjectList, "实施层级") { Item = Level },
        T("duties", "部门职责"),
        new Field("responsibilities", FieldKind.ObjectList, "责任事项") { Item = Responsibility },
        T("accountable", "追责对象范围"),
        T("accountability", "追责情形"),
        new Field("process", FieldKind.Object, "运行流程") { Item = Process },
        new Field("fees", FieldKind.Object, "收费依据和标准") { Item = Fees },
        new Field("supervision", FieldKind.Object, "监督方式") { Item = Supervision },
        new Field("remedies", FieldKind.TextList, "救济渠道", "空则使用 site.yaml 的 default_remedies"),
        T("guide_url", "办事指南", "政务服务网上本事项办事指南的 http(s) 地址"),
        T("online_url", "在线办理", "政务服务网上本事项在线办理的 http(s) 地址"),
        T("notes", "备注", "Markdown，不显示原始 HTML"),
        new Field("public", FieldKind.Boolean, "是否公开", "false 表示涉密，保留在清单中但不发布"),
        new Field("adjustments", FieldKind.ObjectList, "调整情况") { Item = Adjustment },
        new Field("ended", FieldKind.Object, "终止情况", "职权已取消、合并、下放或转移时填写；事项保留在清单中，不再计入现行职权") { Item = Ending },
        new Field("extra", FieldKind.TextMap, "其他列", "导入时没有对应字段的原表列，按列名"),
    ]);

    public static Shape CatalogueItem { get; } = new("catalogue_item", "目录事项", "通用目录（指导目录）中的一项职权",
    [
        T("code", "目录编码", "大写字母、数字和连字符，目录内唯一") with { Required = true, Pattern = CodePattern },
        T("name", "事项名称") with { Required = true },
        T("category", "类别代码", "categories.yaml 中的代码，如 xk") with { Required = true, Pattern = CategoryCodePattern },
        new Field("levels", FieldKind.TextList, "行使层级", "如 [地州市级, 县市区级]"),
        T("basis", "设定依据"),
    ]);

    public static Shape CatalogueFile { get; } = new("catalogue_file", "通用目录", "lists/catalogue.yaml：本辖区清单遵循的通用目录（指导目录）",
    [
        T("title", "目录名称", "如：某省地县两级权责清单指导目录") with { Required = true },
        new Field("items", FieldKind.ObjectList, "目录事项") { Item = CatalogueItem },
    ]);

    public static Shape CategoriesFile { get; } = new("categories_file", "职权类别表", "lists/categories.yaml",
        [new Field("categories", FieldKind.ObjectList, "职权类别") { Item = Category }]);

    public static Shape DepartmentsFile { get; } = new("departments_file", "部门表", "lists/departments.yaml",
        [new Field("departments", FieldKind.ObjectList, "部门") { Item = Department }]);

    public static Shape LawsFile { get; } = new("laws_file", "法规表", "lists/laws.yaml",
        [new Field("laws", FieldKind.ObjectList, "法规") { Item = Law }]);

    public static Shape SynonymsFile { get; } = new("synonyms_file", "同义词表", "lists/synonyms.yaml",
        [new Field("synonyms", FieldKind.ObjectList, "同义词") { Item = Synonym }]);

    public static Shape ListFile { get; } = new("list_file", "权责清单", "lists/<部门>/<类别>.yaml：一个部门在一个类别中的职权",
    [
        T("department", "部门标识", "必须与所在文件夹名相同") with { Required = true, Pattern = DepartmentIdPattern },
        T("category", "类别代码", "必须与文件名相同") with { Required = true, Pattern = CategoryCodePattern },
        new Field("entries", FieldKind.ObjectList, "职权事项") { Item = Entry },
    ]);

    /// <summary>The schema files written by <c>powerlist schema</c>: file name and root shape.</summary>
    public static IReadOnlyList<(string FileName, Shape Root)> SchemaFiles { get; } =
    [
        ("site.schema.json", Site),
        ("categories.schema.json", CategoriesFile),
        ("departments.schema.json", DepartmentsFile),
        ("laws.schema.json", LawsFile),
        ("synonyms.schema.json", SynonymsFile),
        ("catalogue.schema.json", CatalogueFile),
        ("list.schema.json", ListFile),
    ];
}
