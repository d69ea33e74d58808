using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>
/// One catalogue item side by side across jurisdictions (<see cref="ItemAcrossJurisdictions"/>): the item as the
/// catalogue words it, the time limits most jurisdictions give it (<see cref="CommonStatutoryLimit"/>,
/// <see cref="CommonPromisedLimit"/>, empty when none gives one) and one row per jurisdiction and implementing entry.
/// </summary>
public sealed record ItemAcross(
    CatalogueItem Item,
    string CommonStatutoryLimit,
    string CommonPromisedLimit,
    ImmutableArray<ItemImplementation> Rows);
