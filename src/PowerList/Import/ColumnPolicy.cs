namespace PowerList.Import;

/// <summary>
/// The column policy of the import: every column of a sheet is mapped to a field, kept in <c>extra</c> under its
/// title, or dropped (staff names and phones, untitled helper columns). docs/import.md has the table.
/// </summary>
public static class ColumnPolicy
{
    /// <summary>The field a column kind fills, as written in the YAML (docs/format.md).</summary>
    public static string FieldOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Seq => "序号（判断事项边界，不写入）",
        ColumnKind.Code => "code",
        ColumnKind.CatalogueCode => "catalogue",
        ColumnKind.Name => "name",
        ColumnKind.SubItem => "sub_items[].name",
        ColumnKind.SubItemCode => "sub_items[].code",
        ColumnKind.SubItemNotes => "sub_items[].notes",
        ColumnKind.Category => "category",
        ColumnKind.Basis => "basis",
        ColumnKind.Subject => "subject",
        ColumnKind.Handler => "handler",
        ColumnKind.Level => "levels[].level",
        ColumnKind.Scope => "levels[].scope",
        ColumnKind.LevelAndScope => "levels[].level + levels[].scope",
        ColumnKind.Duties => "duties",
        ColumnKind.Responsibility => "responsibilities[].content",
        ColumnKind.ResponsibilityBasis => "responsibilities[].basis",
        ColumnKind.Accountable => "accountable",
        ColumnKind.Accountability => "accountability",
        ColumnKind.Notes => "notes",
        ColumnKind.Fees => "fees",
        ColumnKind.SupervisionMethod => "supervision.method",
        ColumnKind.SupervisionPhone => "supervision.phone",
        ColumnKind.Remedies => "remedies",
        ColumnKind.StatutoryLimit => "process.statutory_limit",
        ColumnKind.PromisedLimit => "process.promised_limit",
        ColumnKind.Department => "department",
        ColumnKind.Public => "public",
        _ => "",
    };

    /// <summary>Why a dropped column is dropped.</summary>
    public static string DropReason(ColumnKind kind) => kind switch
    {
        ColumnKind.Staff => "工作人员信息（姓名、电话），不公开",
        ColumnKind.Untitled => "无表头的辅助列（如下拉选项），含义不明",
        _ => "",
    };

    /// <summary>
    /// What becomes of a column of a layout. A second column of a title already mapped fills the same field (its
    /// text merges with the first: the same text once, other text as new lines); <paramref name="duplicateOf"/>
    /// names the first.
    /// </summary>
    public static ColumnReport Describe(SheetColumn column, SheetColumn? duplicateOf)
    {
        var header = column.Header;
        return column.Kind switch
        {
            ColumnKind.Extra => new ColumnReport(column.Letter, header, ColumnFate.Extra, column.Title),
            ColumnKind.Staff or ColumnKind.Untitled => new ColumnReport(column.Letter, header, ColumnFate.Dropped, DropReason(column.Kind)),
            _ when duplicateOf is not null => new ColumnReport(column.Letter, header, ColumnFate.Mapped,
                $"{FieldOf(column.Kind)}（与 {duplicateOf.Letter} 列同名：相同或几乎相同的文字只留 {duplicateOf.Letter} 列的，不同的文字{(Appendable(column.Kind) ? "另起一段" : "保留在 extra「" + column.Title + "」")}）"),
            _ => new ColumnReport(column.Letter, header, ColumnFate.Mapped, FieldOf(column.Kind)),
        };
    }

    /// <summary>
    /// Kinds whose text a second column of the same title may add lines to. The others name one thing (序号, 编码,
    /// 名称, 类型, 层级 …): a differing second value stays in <c>extra</c> under the second column's title.
    /// </summary>
    public static bool Appendable(ColumnKind kind) => kind is not (ColumnKind.Seq or ColumnKind.Code or ColumnKind.CatalogueCode or ColumnKind.Name
        or ColumnKind.SubItem or ColumnKind.SubItemCode or ColumnKind.Category or ColumnKind.Subject or ColumnKind.Level
        or ColumnKind.LevelAndScope or ColumnKind.Department);
}
