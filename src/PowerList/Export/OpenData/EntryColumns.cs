using PowerList.Format;
using PowerList.Tabular;
using PowerList.Model;

namespace PowerList.Export.OpenData;

/// <summary>
/// The columns of <c>entries.csv</c>, one row per entry (docs/cli.md "Open data"). Fields with several values
/// (sub-items, levels, responsibilities, adjustments, successors, remedies, extra fields) are joined in the cell,
/// one value per line (LF); the companion tables (<see cref="CompanionTables"/>) give the structured form.
/// This list is the only place the columns are written: the CSV header and <c>datapackage.json</c> both come from it.
/// Their order is the entry's field table's (<see cref="EntryFields"/>); plain text fields take key, title and
/// description from it.
/// </summary>
public static class EntryColumns
{
    private static DataColumn<(ExportContext C, Entry E)> T(string name, string title, string description, Func<ExportContext, Entry, string> value) =>
        DataColumn<(ExportContext C, Entry E)>.Text(name, title, description, x => value(x.C, x.E));

    private static DataColumn<(ExportContext C, Entry E)> I(string name, string title, string description, Func<Entry, int> value) =>
        DataColumn<(ExportContext C, Entry E)>.Integer(name, title, description, x => value(x.E));

    private static string Lines(IEnumerable<string> values) => string.Join("\n", values.Where(v => v.Length > 0));

    private static Adjustment? Last(Entry e) => e.Adjustments.Length > 0 ? e.Adjustments[^1] : null;

    /// <summary>Every column, in order; <c>public</c> only when non-public entries are exported too.</summary>
    public static IReadOnlyList<DataColumn<(ExportContext C, Entry E)>> For(bool includePrivate) =>
        includePrivate ? [.. All, Public] : All;

    private static readonly DataColumn<(ExportContext C, Entry E)> Public =
        T("public", "是否公开", "是：公开事项；否：不公开（涉密）事项，只在 --include-private 导出中出现。", (_, e) => e.Public ? "是" : "否");

    /// <summary>The columns of the entry's status: not fields of the table, they follow its identity (code, name, catalogue).</summary>
    private static readonly DataColumn<(ExportContext C, Entry E)>[] Status =
    [
        T("department", "部门代号", "部门在清单中的代号（lists/ 下的文件夹名）。", (_, e) => e.Department),
        T("department_name", "部门", "部门名称。", (c, e) => c.DepartmentName(e.Department)),
        T("category", "类别代号", "职权类别代号（如 xk 行政许可、cf 行政处罚）。", (_, e) => e.Category),
        T("category_name", "权力类型", "职权类别名称。", (c, e) => c.CategoryName(e.Category)),
        T("status", "状态", "in_force 现行；abolished 已取消；merged 已合并；delegated 已下放；transferred 已转移。", (_, e) => EntryStatus.Of(e)),
        T("status_label", "状态名称", "状态的中文名：现行、已取消、已合并、已下放、已转移。", (_, e) => EntryStatus.Label(EntryStatus.Of(e))),
        T("ended_type", "终止方式", "已终止事项的调整类型：取消、合并、下放或转移；现行事项为空。", (_, e) => e.Ended?.Type ?? ""),
        T("ended_date", "终止日期", "不再作为现行职权的日期，YYYY-MM-DD。", (_, e) => e.Ended?.Date ?? ""),
        T("ended_document", "终止依据文件", "决定取消、合并、下放或转移的文件文号。", (_, e) => e.Ended?.Document ?? ""),
        T("ended_reason", "终止理由", "终止的理由。", (_, e) => e.Ended?.Reason ?? ""),
        T("ended_successors", "承接事项编码", "承接其职权的事项编码（合并、转移），每行一个。", (_, e) => Lines(e.Ended?.Successors ?? [])),
        T("ended_to", "承接层级或部门", "下放到的层级或转移到的部门（文字）。", (_, e) => e.Ended?.To ?? ""),
    ];

    /// <summary>
    /// The columns of the table's fields that are not one text as it is (<see cref="Column"/>), by key: several values
    /// joined, a count, a summary. <c>ended</c> is in <see cref="Status"/>; <c>public</c> is last, only with --include-private.
    /// </summary>
    private static readonly Dictionary<string, DataColumn<(ExportContext C, Entry E)>[]> Composite = new(StringComparer.Ordinal)
    {
        ["catalogue"] = [F("catalogue"), .. Status],
        ["sub_items"] =
        [
            I("sub_item_count", "子项数", "子项的个数（子项见 sub_items.csv）。", e => e.SubItems.Length),
            T("sub_items", "子项", "子项，每行一个：子项编码 子项名称。", (_, e) => Lines(e.SubItems.Select(s => (s.Code + " " + s.Name).Trim()))),
        ],
        ["basis"] = [T("basis", "实施依据", "实施依据，清单表格的写法：【法律】《标题》（修订）后每行一条条款（结构化引用见 citations.csv）。", (c, e) => c.Basis(e.Basis))],
        ["levels"] = [T("levels", "实施层级", "实施层级，每行一个：层级（权限范围）（分列见 levels.csv）。", (_, e) => Lines(e.Levels.Select(l => l.Scope.Length > 0 ? $"{l.Name}（{l.Scope}）" : l.Name)))],
        ["responsibilities"] = [T("responsibilities", "责任事项", "责任事项，每行一个：环节：内容（依据另见 responsibilities.csv）。", (_, e) => Lines(e.Responsibilities.Select(r => ResponsibilityParser.Format(r).Replace('\n', ' '))))],
        ["fees"] = [T("fees", "收费依据和标准", "收费依据和标准；不收费的写“不收费”，未填为空。", (_, e) => ExportTable.FeesText(e.Fees))],
        ["supervision"] =
        [
            T("supervision_method", "监督方式", "监督方式。", (_, e) => e.Supervision?.Method ?? ""),
            T("supervision_phone", "监督电话", "监督电话。", (_, e) => e.Supervision?.Phone ?? ""),
        ],
        ["public"] = [],
        ["adjustments"] =
        [
            I("adjustment_count", "调整次数", "清单记载的调整（新增、变更、下放等）次数（明细见 adjustments.csv）。", e => e.Adjustments.Length),
            T("last_adjustment_type", "最近调整类型", "最近一次调整的类型。", (_, e) => Last(e)?.Type ?? ""),
            T("last_adjustment_date", "最近调整日期", "最近一次调整的日期，YYYY-MM-DD。", (_, e) => Last(e)?.Date ?? ""),
            T("last_adjustment_document", "最近调整依据文件", "最近一次调整的依据文件。", (_, e) => Last(e)?.Document ?? ""),
            T("adjustments", "调整记录", "全部调整，每行一次：日期 类型 依据文件。", (_, e) => Lines(e.Adjustments.Select(a => string.Join(" ", new[] { a.Date, a.Type, a.Document }.Where(s => s.Length > 0))))),
        ],
        ["ended"] = [],
        ["extra"] = [T("extra", "其他字段", "清单中其他栏目，每行一个：栏目名：内容。", (_, e) => Lines(e.Extra.Select(kv => $"{kv.Key}：{kv.Value.Replace('\n', ' ')}")))],
    };

    /// <summary>
    /// The columns in the order of the entry's field table: a field's <see cref="Composite"/> columns, or the column of a
    /// text (or text list) with a <see cref="FieldSpec.DataDescription"/>, of the entry or of one of its objects. A field
    /// added to the table with a data description is a column, in its place, without an edit here.
    /// </summary>
    private static readonly IReadOnlyList<DataColumn<(ExportContext C, Entry E)>> All = [.. EntryFields.Entry.Fields.SelectMany(ColumnsOf)];

    private static IEnumerable<DataColumn<(ExportContext C, Entry E)>> ColumnsOf(FieldSpec f)
    {
        if (Composite.TryGetValue(f.Key, out var columns))
        {
            return columns;
        }

        if (f.Kind is FieldKind.Text or FieldKind.TextList)
        {
            return f.DataDescription is null ? [] : [Column(f, e => e)];
        }

        return f.Kind != FieldKind.Object ? [] : f.Item!.Fields
            .Where(x => x.Kind is FieldKind.Text or FieldKind.TextList && x.DataDescription is not null)
            .Select(x => Column(x, e => f.Object(e)));
    }

    /// <summary>The column of a text (or text list) field of the entry's field table: its key, title and description.</summary>
    private static DataColumn<(ExportContext C, Entry E)> F(string key) => Column(EntryFields.Entry[key], e => e);

    private static DataColumn<(ExportContext C, Entry E)> Column(FieldSpec f, Func<Entry, Sourced?> owner) =>
        T(f.Key, f.DataTitle ?? f.Title, f.DataDescription ?? throw new InvalidOperationException($"{f.Key} has no DataDescription."),
            (_, e) => owner(e) is not { } o ? "" : f.Kind == FieldKind.TextList ? Lines(f.Texts(o)) : f.Text(o));
}
