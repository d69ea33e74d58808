using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary><c>lists/catalogue.yaml</c>: the standard catalogue the jurisdiction's list follows (docs/format.md).</summary>
public sealed record Catalogue : Sourced
{
    /// <summary>目录名称, e.g. 某省地县两级权责清单指导目录.</summary>
    public string Title { get; init; } = "";

    /// <summary>In file order.</summary>
    public ImmutableArray<CatalogueItem> Items { get; init; } = [];
}
