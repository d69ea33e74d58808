using System.Collections.Frozen;
using System.Text.RegularExpressions;

using PowerList.Tabular;

namespace PowerList.Import;

/// <summary>
/// Column titles the importer recognises, with their synonyms. Titles are compared after <see cref="CellText.Normalize"/>
/// (whitespace and line breaks removed, full-width brackets and colons made half-width). docs/import.md lists them.
/// </summary>
public static partial class HeaderSynonyms
{
    private static readonly (ColumnKind Kind, string[] Titles)[] Table =
    [
        (ColumnKind.Seq, ["序号", "序", "编号序号"]),
        (ColumnKind.Code, ["编码", "职权编码", "事项编码", "权力编码", "事项代码", "基本编码", "权责事项编码", "主项编码"]),
        (ColumnKind.CatalogueCode, ["目录编码", "通用目录编码", "指导目录编码", "目录事项编码"]),
        (ColumnKind.Name, ["事项名称", "职权名称", "项目名称", "权力名称", "权力事项名称", "职权事项名称", "权责事项名称", "主项名称", "事项", "职权事项", "权力事项", "项目"]),
        (ColumnKind.SubItem, ["子项名称", "子项", "子项事项名称", "子项目名称"]),
        (ColumnKind.SubItemCode, ["子项编码", "子项代码"]),
        (ColumnKind.SubItemNotes, ["子项备注"]),
        (ColumnKind.Category, ["权力类型", "职权类型", "事项类型", "权力类别", "职权类别", "事项类别", "类别", "类型", "权责类型"]),
        (ColumnKind.Basis, ["实施依据", "设定依据", "法定依据", "依据", "法律依据", "设定和实施依据", "设立依据", "职权依据", "权力依据"]),
        (ColumnKind.Subject, ["行使主体", "实施主体", "责任主体", "实施机关", "执法主体"]),
        (ColumnKind.Handler, ["承办机构", "承办科室", "承办处室", "内设机构", "责任科室", "承办机构(科室)", "责任处室"]),
        (ColumnKind.Level, ["实施层级", "层级", "行使层级"]),
        (ColumnKind.Scope, ["权限", "权限范围", "实施权限", "行使权限", "权限划分"]),
        (ColumnKind.LevelAndScope, ["实施层级及权限", "层级及权限", "实施层级和权限", "行使层级及权限"]),
        (ColumnKind.Duties, ["部门职责", "职责", "部门职责依据"]),
        (ColumnKind.Responsibility, ["责任事项", "责任事项内容", "责任内容"]),
        (ColumnKind.ResponsibilityBasis, ["责任事项依据", "责任依据", "责任事项的依据"]),
        (ColumnKind.Accountable, ["追责对象范围", "追责对象", "问责对象"]),
        (ColumnKind.Accountability, ["追责情形", "问责情形", "追责情形及依据", "问责情形及依据"]),
        (ColumnKind.Notes, ["备注", "说明"]),
        (ColumnKind.Fees, ["收费依据和标准", "收费依据及标准", "收费标准", "收费依据", "是否收费", "收费(征收)依据和标准", "收费(征收)依据及标准", "收费(征收)标准"]),
        (ColumnKind.SupervisionMethod, ["监督方式", "监督渠道", "诉求渠道", "投诉渠道", "监督投诉渠道"]),
        (ColumnKind.SupervisionPhone, ["监督电话", "投诉电话", "监督投诉电话"]),
        (ColumnKind.Remedies, ["救济渠道", "救助渠道", "救济途径", "救济方式"]),
        (ColumnKind.StatutoryLimit, ["法定时限", "法定办结时限", "办理时限", "时限", "法定期限", "法定办理时限", "法定办结期限"]),
        (ColumnKind.PromisedLimit, ["承诺时限", "承诺办结时限", "承诺期限", "承诺办理时限", "承诺办结期限"]),
        (ColumnKind.GuideUrl, ["办事指南", "办事指南链接", "办事指南地址", "办事指南网址", "服务指南", "服务指南链接"]),
        (ColumnKind.OnlineUrl, ["在线办理", "在线办理链接", "在线办理地址", "在线办理网址", "网上办理", "网上办理链接", "网上办理地址", "办理入口"]),
        (ColumnKind.Department, ["部门", "部门名称", "实施部门", "所属部门", "单位名称"]),
        (ColumnKind.Public, ["是否公开", "是否公示", "是否公布", "是否对外公开", "是否向社会公开"]),
    ];

    private static readonly FrozenDictionary<string, ColumnKind> ByTitle = Table
        .SelectMany(t => t.Titles.Select(title => (Key: CellText.Normalize(title), t.Kind)))
        .ToFrozenDictionary(x => x.Key, x => x.Kind, StringComparer.Ordinal);

    /// <summary>All recognised titles of a kind, for documentation and tests.</summary>
    public static IReadOnlyList<string> TitlesOf(ColumnKind kind) => Table.First(t => t.Kind == kind).Titles;

    public static ColumnKind? Recognise(string title)
    {
        var key = CellText.Normalize(title);
        return key.Length > 0 && ByTitle.TryGetValue(key, out var kind) ? kind : null;
    }

    /// <summary>
    /// True for a column that identifies staff: a role followed by 人 (录入人, 填报人, 填表人, 审核人, 复核人, 联系人,
    /// 经办人, 制表人, 负责人, 责任人 …, also 联系人及电话, 填报人（签字）), a name (姓名), or a personal phone or contact
    /// column (联系电话, 联系方式, 手机, 办公电话). Such columns are dropped, never published.
    /// </summary>
    public static bool IsStaff(string title)
    {
        var key = CellText.Normalize(title);
        return key.Length > 0 && Recognise(key) is null && StaffTitle().IsMatch(key);
    }

    [GeneratedRegex(@"(录入|填报|填表|审核|复核|审批|联系|经办|制表|核稿|校对|报送|上传|操作|负责|责任|分管|承办)人|姓名|^(联系|办公|座机|手机)?(电话|手机|手机号|手机号码|电话号码|联系方式)$")]
    private static partial Regex StaffTitle();
}
