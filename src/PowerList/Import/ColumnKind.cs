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
    Handler,
    Level,
    Scope,
    LevelAndScope,
    Duties,
    Responsibility,
    ResponsibilityBasis,
    Accountable,
    Accountability,
    Notes,
    Fees,
    SupervisionMethod,
    SupervisionPhone,
    Remedies,
    StatutoryLimit,
    PromisedLimit,
    Department,
    Public,

    /// <summary>Names or phones of staff (录入人, 填报人, 审核人, 联系人, 经办人 …): dropped and reported.</summary>
    Staff,

    /// <summary>A column with data but no header text (a drop-down helper …): dropped and reported.</summary>
    Untitled,
}
