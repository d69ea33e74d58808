using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// The one description of the list format (docs/format.md): every file's keys, their kinds, and Chinese titles.
/// The loader accepts exactly these keys; <see cref="JsonSchemaWriter"/> writes the editors' schemas from them.
/// The entry and its nested records are declared in <see cref="EntryFields"/>, with their getters and roles.
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

    public static Shape Citation => EntryFields.Citation.Shape;

    public static Shape SubItem => EntryFields.SubItem.Shape;

    public static Shape Level => EntryFields.Level.Shape;

    public static Shape Responsibility => EntryFields.Responsibility.Shape;

    public static Shape ProcessStep => EntryFields.ProcessStep.Shape;

    public static Shape Process => EntryFields.Process.Shape;

    public static Shape Fees => EntryFields.Fees.Shape;

    public static Shape Supervision => EntryFields.Supervision.Shape;

    public static Shape Adjustment => EntryFields.Adjustment.Shape;

    public static Shape Ending => EntryFields.Ending.Shape;

    public static Shape Entry => EntryFields.Entry.Shape;

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
