using System.Collections.Immutable;

namespace PowerList.Generation;

/// <summary>What <see cref="ProvinceGenerator.Generate"/> wrote: counts, and per jurisdiction the deviations it injected.</summary>
public sealed record ProvinceResult(int Jurisdictions, int CatalogueItems, int Entries, ImmutableArray<InjectedDeviations> Deviations);
