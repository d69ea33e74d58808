using System.Collections.Immutable;

namespace PowerList.Conformity;

/// <summary>
/// How a jurisdiction's list stands against its standard catalogue (issue: 清单之外无权力):
/// <see cref="Implemented"/> catalogue items that the jurisdiction's level exercises and an entry implements;
/// <see cref="Missing"/> such items that no entry implements; <see cref="Extra"/> entries in force that name no
/// catalogue item (powers beyond the catalogue); <see cref="WrongLevel"/> items implemented although the catalogue
/// does not give them to this level (an item without levels is given to every level). Items and entries are sorted by code (ordinal); only public entries in force count.
/// </summary>
public sealed record ConformityReport(
    string Jurisdiction,
    string Level,
    string Catalogue,
    ImmutableArray<ConformityItem> Implemented,
    ImmutableArray<ConformityItem> Missing,
    ImmutableArray<ConformityItem> Extra,
    ImmutableArray<ConformityItem> WrongLevel)
{
    /// <summary>False when the catalogue gives no item to this jurisdiction's level (<see cref="NotApplicableNote"/>).</summary>
    public bool Applicable { get; init; } = true;

    /// <summary>The one line that says why a comparison is not applicable.</summary>
    public string NotApplicableNote => $"《{Catalogue}》没有交给{(Level.Length > 0 ? Level : "本级")}实施的事项，{Jurisdiction}的清单不按这一目录对照（不适用）。";
}
