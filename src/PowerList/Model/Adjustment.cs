using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>An adjustment note: what changed, by which document, when.</summary>
public sealed record Adjustment : Sourced
{
    /// <summary>One of <see cref="AdjustmentType.All"/>.</summary>
    public string Type { get; init; } = "";

    /// <summary>The document that ordered it, e.g. 克政发〔2024〕12号.</summary>
    public string Document { get; init; } = "";

    /// <summary>YYYY-MM-DD.</summary>
    public string Date { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>For 合并 (and replacements): the codes this entry replaces.</summary>
    public ImmutableArray<string> Replaces { get; init; } = [];
}
