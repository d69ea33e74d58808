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
    ImmutableArray<ConformityItem> WrongLevel);
