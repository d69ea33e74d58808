namespace PowerList.Import;

/// <summary>
/// What a column of an imported sheet holds. <see cref="Extra"/>: a column with no field of its own (kept in the
/// entry's <c>extra</c>). <see cref="Staff"/> and <see cref="Untitled"/> columns are dropped, never published.
/// </summary>
public enum ColumnKind
{
    Extra,
    Seq,
    Code,

    /// <summary>目录编码: the standard catalogue's code of the power (conformity, docs/import.md).</summary>
    CatalogueCode,
    Name,
    SubItem,
    SubItemCode,
    SubItemNotes,
    Category,
    Basis,
    Subject,
    Level,
    Scope,
    LevelAndScope,
    Responsibility,
    ResponsibilityBasis,
    Fees,
    SupervisionMethod,
    SupervisionPhone,
    Remedies,
    StatutoryLimit,
    PromisedLimit,

    /// <summary>办事指南 link on the government service network.</summary>
    GuideUrl,

    /// <summary>在线办理 link on the government service network.</summary>
    OnlineUrl,
    Department,
    Public,

    /// <summary>
    /// A text of the entry's field table with no kind of its own (承办机构, 部门职责, 追责对象范围, 追责情形, 备注, and a
    /// field added to the table): recognised by the field's column titles, read as it is (<see cref="SheetColumn.Field"/>).
    /// </summary>
    Field,

    /// <summary>Names or phones of staff (录入人, 填报人, 审核人, 联系人, 经办人 …): dropped and reported.</summary>
    Staff,

    /// <summary>A column with data but no header text (a drop-down helper …): dropped and reported.</summary>
    Untitled,
}
