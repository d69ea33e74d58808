using PowerList.Format;

namespace PowerList.Import;

/// <summary>
/// The column policy of the import: every column of a sheet is mapped to a field, kept in <c>extra</c> under its
/// title, or dropped (staff names and phones, untitled helper columns). docs/import.md has the table.
/// </summary>
public static class ColumnPolicy
{
    /// <summary>The field of the entry's field table each column kind fills (<c>key</c> or <c>key.sub</c>).</summary>
    private static readonly (ColumnKind Kind, string Path)[] Paths =
    [
        (ColumnKind.Code, "code"), (ColumnKind.CatalogueCode, "catalogue"), (ColumnKind.Name, "name"),
        (ColumnKind.SubItem, "sub_items.name"), (ColumnKind.SubItemCode, "sub_items.code"), (ColumnKind.SubItemNotes, "sub_items.notes"),
        (ColumnKind.Basis, "basis"), (ColumnKind.Subject, "subject"), (ColumnKind.Level, "levels.level"), (ColumnKind.Scope, "levels.scope"),
        (ColumnKind.Responsibility, "responsibilities.content"), (ColumnKind.ResponsibilityBasis, "responsibilities.basis"),
        (ColumnKind.Fees, "fees"), (ColumnKind.SupervisionMethod, "supervision.method"), (ColumnKind.SupervisionPhone, "supervision.phone"),
        (ColumnKind.Remedies, "remedies"), (ColumnKind.StatutoryLimit, "process.statutory_limit"), (ColumnKind.PromisedLimit, "process.promised_limit"),
        (ColumnKind.GuideUrl, "guide_url"), (ColumnKind.OnlineUrl, "online_url"), (ColumnKind.Public, "public"),
    ];

    /// <summary>The kinds whose columns fill a field of the table, with the field (its column titles are the field's).</summary>
    public static IEnumerable<(ColumnKind Kind, FieldSpec Field)> KindFields => Paths.Select(p => (p.Kind, SpecAt(p.Path)));

    /// <summary>
    /// The entry's text fields read as they are (<see cref="ColumnKind.Field"/>): every text of the table's entry that no
    /// kind fills. A text field added to the table is one of them, recognised by its column titles.
    /// </summary>
    public static IEnumerable<FieldSpec> PlainFields =>
        EntryFields.Entry.Fields.Where(f => f.Kind == FieldKind.Text && !Paths.Any(p => p.Path == f.Key));

    /// <summary>The field a column fills, as written in the YAML (docs/format.md).</summary>
    public static string FieldOf(SheetColumn column) => column.Kind == ColumnKind.Field ? column.Field : FieldOf(column.Kind);

    /// <summary>The field a column kind fills, as written in the YAML (docs/format.md).</summary>
    public static string FieldOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Seq => "序号（判断事项边界，不写入）",
        ColumnKind.Category => "category",
        ColumnKind.LevelAndScope => "levels[].level + levels[].scope",
        ColumnKind.Department => "department",
        _ when Paths.FirstOrDefault(p => p.Kind == kind).Path is { } path => Written(path),
        _ => "",
    };

    /// <summary><c>sub_items.name</c> as docs/format.md writes it: <c>sub_items[].name</c> (a list's items), <c>supervision.method</c>.</summary>
    private static string Written(string path) =>
        path.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && EntryFields.Entry[path[..dot]].Kind == FieldKind.ObjectList
            ? path[..dot] + "[]" + path[dot..]
            : path;

    private static FieldSpec SpecAt(string path) =>
        path.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? EntryFields.Entry[path[..dot]].Item![path[(dot + 1)..]] : EntryFields.Entry[path];

    /// <summary>Why a dropped column is dropped.</summary>
    private static string DropReason(ColumnKind kind) => kind switch
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
                $"{FieldOf(column)}（与 {duplicateOf.Letter} 列同名：相同或几乎相同的文字只留 {duplicateOf.Letter} 列的，不同的文字{(Appendable(column.Kind) ? "另起一段" : "保留在 extra「" + column.Title + "」")}）"),
            _ => new ColumnReport(column.Letter, header, ColumnFate.Mapped, FieldOf(column)),
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
