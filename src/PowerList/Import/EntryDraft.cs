namespace PowerList.Import;

/// <summary>An entry while its rows are being merged (mutable; turned into a <see cref="Model.Entry"/> at the end).</summary>
internal sealed class EntryDraft
{
    public required string File { get; init; }

    public required string Sheet { get; init; }

    public required int Row { get; init; }

    public required string Seq { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required string DepartmentName { get; init; }

    public string Code { get; set; } = "";

    public List<string> BasisTexts { get; } = [];

    public string Subject { get; set; } = "";

    public List<SubItemDraft> SubItems { get; } = [];

    public List<LevelDraft> Levels { get; } = [];

    public List<(string Content, string Basis)> Responsibilities { get; } = [];

    /// <summary>Single-text fields by kind or field (handler, duties, accountable, …).</summary>
    public Dictionary<ColumnSlot, string> Fields { get; } = [];

    /// <summary>Extra columns by title.</summary>
    public SortedDictionary<string, string> Extra { get; } = new(StringComparer.Ordinal);
}

internal sealed class SubItemDraft
{
    public required string Name { get; init; }

    public string Code { get; set; } = "";

    public List<string> BasisTexts { get; } = [];

    public List<string> Notes { get; } = [];
}

internal sealed class LevelDraft
{
    public required string Name { get; init; }

    public string Scope { get; set; } = "";

    public string Subject { get; set; } = "";
}
