using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>
/// One item of a standard catalogue (通用目录 / 指导目录, <c>lists/catalogue.yaml</c>): a power that the localities
/// following the catalogue list, with the levels of government that exercise it. Entries name the item they implement
/// (<see cref="Entry.Catalogue"/>).
/// </summary>
public sealed record CatalogueItem : Sourced
{
    /// <summary>目录编码 (基本编码), unique in the catalogue.</summary>
    public string Code { get; init; } = "";

    /// <summary>事项名称.</summary>
    public string Name { get; init; } = "";

    /// <summary>Category code (<c>xk</c>, <c>cf</c> …), as in categories.yaml.</summary>
    public string Category { get; init; } = "";

    /// <summary>行使层级: the levels that exercise it (省级, 地州市级, 县市区级, 乡镇（街道）级).</summary>
    public ImmutableArray<string> Levels { get; init; } = [];

    /// <summary>设定依据, as the catalogue words it.</summary>
    public string Basis { get; init; } = "";
}
