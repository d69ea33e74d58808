using PowerList.Model;

namespace PowerList.Export.OpenData;

/// <summary>
/// The structured form of the multi-valued parts of an entry, one CSV each, keyed by the entry's <c>code</c> and a
/// 1-based <c>seq</c> (the order in the lists): sub-items, levels, responsibilities, citations (of the entry and of
/// its sub-items) and adjustments. Their columns are written here once; the CSV header and <c>datapackage.json</c>
/// both come from them.
/// </summary>
public static class CompanionTables
{
    private static string N(int i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static DataColumn<R<T>> Code<T>() => DataColumn<R<T>>.Text("code", "事项编码", "所属事项的编码（entries.csv 的 code）。", r => r.E.Code);

    private static DataColumn<R<T>> Seq<T>(string what) => DataColumn<R<T>>.Integer("seq", "序号", $"该事项内{what}的次序，从 1 起。", r => r.I + 1);

    private static DataColumn<R<T>> Col<T>(string name, string title, string description, Func<R<T>, string> value) =>
        DataColumn<R<T>>.Text(name, title, description, value);

    /// <summary>A table of one kind of item of an entry: <c>code</c> and <c>seq</c> (the item's place, named <paramref name="what"/>), then <paramref name="columns"/>.</summary>
    private static DataResource Table<T>(string name, string title, string description, string what, Func<Entry, IEnumerable<T>> items,
        params DataColumn<R<T>>[] columns) =>
        DataResource.Of(name, title, description, ["code", "seq"], true, [Code<T>(), Seq<T>(what), .. columns],
            c => c.Entries.SelectMany(e => items(e).Select((x, i) => new R<T>(c, e, x, i))));

    public static readonly DataResource SubItems = Table<SubItem>(
        "sub_items", "子项", "每个子项一行。", "子项", e => e.SubItems,
        Col<SubItem>("sub_code", "子项编码", "子项编码。", r => r.X.Code),
        Col<SubItem>("sub_name", "子项名称", "子项名称。", r => r.X.Name),
        Col<SubItem>("basis", "子项实施依据", "子项自己的实施依据（空则同事项）。", r => r.C.Basis(r.X.Basis)),
        Col<SubItem>("notes", "子项备注", "子项备注。", r => r.X.Notes));

    public static readonly DataResource Levels = Table<Level>(
        "levels", "实施层级", "每个实施层级一行。", "层级", e => e.Levels,
        Col<Level>("level", "实施层级", "实施层级（市级、县市区级……）。", r => r.X.Name),
        Col<Level>("scope", "权限范围", "该层级的权限范围。", r => r.X.Scope),
        Col<Level>("subject", "行使主体", "该层级的行使主体（空则同事项）。", r => r.X.Subject));

    public static readonly DataResource Responsibilities = Table<Responsibility>(
        "responsibilities", "责任事项", "每个责任环节一行。", "责任环节", e => e.Responsibilities,
        Col<Responsibility>("stage", "责任环节", "受理责任、审查责任……", r => r.X.Stage),
        Col<Responsibility>("content", "责任内容", "该环节的责任内容。", r => r.X.Content),
        Col<Responsibility>("basis", "责任事项依据", "该环节的依据。", r => r.X.Basis));

    public static readonly DataResource Citations = Table<(string Sub, Citation C)>(
        "citations", "实施依据", "每条引用一行：先是事项的依据（sub_code 为空），再是各子项的依据。", "引用",
        e => e.Basis.Select(x => ("", x)).Concat(e.SubItems.SelectMany(s => s.Basis.Select(x => (s.Code, x)))),
        Col<(string Sub, Citation C)>("sub_code", "子项编码", "引用属于子项时为子项编码，属于事项时为空。", r => r.X.Sub),
        Col<(string Sub, Citation C)>("law", "法规代号", "结构化引用的法规代号（laws/ 中的 id）。", r => r.X.C.IsStructured ? r.X.C.Law : ""),
        Col<(string Sub, Citation C)>("law_title", "法规标题", "法规标题。", r => r.X.C.IsStructured ? r.C.LawTitle(r.X.C.Law) : ""),
        Col<(string Sub, Citation C)>("articles", "条款", "条款，如 第二十二条。", r => r.X.C.Articles),
        Col<(string Sub, Citation C)>("quote", "条文", "引用的条文。", r => r.X.C.Quote),
        Col<(string Sub, Citation C)>("text", "依据原文", "未能结构化的依据原文。", r => r.X.C.IsStructured ? "" : r.X.C.Text));

    public static readonly DataResource Adjustments = Table<Adjustment>(
        "adjustments", "调整记录", "清单记载的每次调整一行。", "调整", e => e.Adjustments,
        Col<Adjustment>("type", "调整类型", "新增、变更、取消、合并、下放、转移……", r => r.X.Type),
        Col<Adjustment>("date", "调整日期", "YYYY-MM-DD。", r => r.X.Date),
        Col<Adjustment>("document", "依据文件", "调整的依据文件。", r => r.X.Document),
        Col<Adjustment>("note", "说明", "调整说明。", r => r.X.Note),
        Col<Adjustment>("replaces", "替代的编码", "这次调整所替代的事项编码，每行一个。", r => string.Join("\n", r.X.Replaces)));

    /// <summary>A row of a companion table: the entry, the item and its place.</summary>
    public readonly record struct R<T>(ExportContext C, Entry E, T X, int I);
}
