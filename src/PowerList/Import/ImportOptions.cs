namespace PowerList.Import;

/// <summary>What the importer needs to know beyond the files: the jurisdiction and, optionally, the department.</summary>
public sealed record ImportOptions
{
    public string Jurisdiction { get; init; } = "克拉玛依市";

    public string DivisionCode { get; init; } = "650200";

    /// <summary>Department id for every imported entry (overrides columns and file names).</summary>
    public string DepartmentId { get; init; } = "";

    /// <summary>Department full name (全称) for every imported entry.</summary>
    public string DepartmentName { get; init; } = "";

    /// <summary>The standard catalogue to tie the imported entries to (<see cref="Conformity.CatalogueMatcher"/>), or null.</summary>
    public Model.Catalogue? Catalogue { get; init; }
}
