using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>A 子项 of an entry, with its own code.</summary>
public sealed record SubItem : Sourced
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Legal basis specific to this sub-item (may be empty: the entry's basis applies).</summary>
    public ImmutableArray<Citation> Basis { get; init; } = [];

    public string Notes { get; init; } = "";
}
