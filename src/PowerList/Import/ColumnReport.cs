namespace PowerList.Import;

/// <summary>
/// One column of an imported sheet in the report: its letter, its header text as written (cleaned) and what
/// became of it. <see cref="Target"/> is the field (<c>responsibilities[].basis</c>) for a mapped column, the
/// <c>extra</c> key for a kept one, the reason for a dropped one.
/// </summary>
public sealed record ColumnReport(string Letter, string Header, ColumnFate Fate, string Target)
{
    /// <summary>False when no data row of the sheet has text in the column.</summary>
    public bool HasData { get; init; } = true;

    /// <summary>The report line: <c>H 实施层级及权限 → levels[].name</c>, <c>P 录入人 → 不导入：…</c>.</summary>
    public string Describe() => Fate switch
    {
        ColumnFate.Mapped => $"{Letter} {HeaderText} → {Target}",
        ColumnFate.Extra => $"{Letter} {HeaderText} → extra「{Target}」",
        _ => $"{Letter} {HeaderText} → 不导入：{Target}",
    } + (HasData ? "" : "（无数据）");

    private string HeaderText => Header.Length > 0 ? $"「{Header}」" : "（无表头）";
}
