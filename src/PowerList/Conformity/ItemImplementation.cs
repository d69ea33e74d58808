using System.Collections.Immutable;
using PowerList.Versions.Diffing;

namespace PowerList.Conformity;

/// <summary>
/// How one jurisdiction implements a catalogue item: <see cref="Status"/> is <c>implemented</c> (an entry, the level
/// given), <c>wrong_level</c> (an entry, the level not given), <c>missing</c> (no entry, the level given) or
/// <c>not_given</c> (no entry, and the catalogue does not give the item to this level). With an entry: its code, name
/// and limits, whether a limit is longer than the common one, and the word diffs of its name and legal basis against
/// the catalogue's wording (<see cref="WordDiff"/>; all <c>=</c> when the entry keeps the wording).
/// </summary>
public sealed record ItemImplementation(
    string Jurisdiction,
    string JurisdictionName,
    string Level,
    string Status,
    string EntryCode,
    string EntryName,
    string StatutoryLimit,
    string PromisedLimit,
    bool LongerLimit,
    ImmutableArray<TextSegment> NameDiff,
    ImmutableArray<TextSegment> BasisDiff)
{
    /// <summary>The entry words the name or the basis differently from the catalogue.</summary>
    public bool Reworded => NameDiff.Any(s => s.Op != TextSegment.Equal) || BasisDiff.Any(s => s.Op != TextSegment.Equal);
}
