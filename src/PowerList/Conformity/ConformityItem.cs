using System.Collections.Immutable;

namespace PowerList.Conformity;

/// <summary>
/// One line of a conformity report: a catalogue item (code, name, its levels) or, for powers beyond the catalogue, an
/// entry (code, name); <see cref="Entries"/> are the codes of the entries that implement the item.
/// </summary>
public sealed record ConformityItem(string Code, string Name, string Category, ImmutableArray<string> Levels, ImmutableArray<string> Entries);
