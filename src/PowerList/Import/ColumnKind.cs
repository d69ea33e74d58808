namespace PowerList.Import;

/// <summary>What a column of an imported sheet holds. <see cref="Extra"/>: a column with no field of its own.</summary>
public enum ColumnKind
{
    Extra,
    Seq,
    Code,
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
}
