using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>An entry of <c>lists/synonyms.yaml</c>: a term that citizens type and the terms the lists use.</summary>
public sealed record Synonym : Sourced
{
    public string Term { get; init; } = "";

    public ImmutableArray<string> Expansions { get; init; } = [];
}
