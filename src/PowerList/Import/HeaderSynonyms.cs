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
    /// <summary>The titles of the kinds that fill no one field; the others are the field table's column titles (<see cref="ColumnPolicy"/>).</summary>
    private static readonly (ColumnKind Kind, string[] Titles)[] Structural =
    [
        (ColumnKind.Seq, ["序号", "序", "编号序号"]),
        (ColumnKind.Category, ["权力类型", "职权类型", "事项类型", "权力类别", "职权类别", "事项类别", "类别", "类型", "权责类型"]),
        (ColumnKind.LevelAndScope, ["实施层级及权限", "层级及权限", "实施层级和权限", "行使层级及权限"]),
        (ColumnKind.Department, ["部门", "部门名称", "实施部门", "所属部门", "单位名称"]),
    ];

    private static readonly FrozenDictionary<string, ColumnSlot> ByTitle =
        Structural.Select(t => (Slot: new ColumnSlot(t.Kind), Titles: (IEnumerable<string>)t.Titles))
        .Concat(ColumnPolicy.KindFields.Select(k => (Slot: new ColumnSlot(k.Kind), Titles: (IEnumerable<string>)k.Field.ColumnTitles)))
        .Concat(ColumnPolicy.PlainFields.Select(f => (Slot: new ColumnSlot(ColumnKind.Field, f.Key), Titles: (IEnumerable<string>)f.ColumnTitles)))
        .SelectMany(t => t.Titles.Select(title => (Key: CellText.Normalize(title), t.Slot)))
        .ToFrozenDictionary(x => x.Key, x => x.Slot, StringComparer.Ordinal);

    public static ColumnKind? Recognise(string title) => Match(title)?.Kind;

    /// <summary>The kind (and for <see cref="ColumnKind.Field"/>, the field) of a column title, or null.</summary>
    public static ColumnSlot? Match(string title)
    {
        var key = CellText.Normalize(title);
        return key.Length > 0 && ByTitle.TryGetValue(key, out var slot) ? slot : null;
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
