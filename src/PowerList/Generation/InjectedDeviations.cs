using System.Collections.Immutable;

namespace PowerList.Generation;

/// <summary>
/// What <see cref="ProvinceGenerator"/> made one jurisdiction do differently from the catalogue (the truth a conformity
/// check must find): catalogue codes given to its level that it does not list (<see cref="Missing"/>), codes of its
/// entries that name no catalogue item (<see cref="Extra"/>), catalogue codes it lists although the catalogue does not
/// give them to its level (<see cref="WrongLevel"/>), catalogue codes whose entry words the name differently
/// (<see cref="ChangedText"/>) or promises a longer time (<see cref="LongerLimit"/>). Each sorted (ordinal).
/// </summary>
public sealed record InjectedDeviations(
    string Jurisdiction,
    ImmutableArray<string> Implemented,
    ImmutableArray<string> Missing,
    ImmutableArray<string> Extra,
    ImmutableArray<string> WrongLevel,
    ImmutableArray<string> ChangedText,
    ImmutableArray<string> LongerLimit);
