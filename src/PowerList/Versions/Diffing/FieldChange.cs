using System.Collections.Immutable;

namespace PowerList.Versions.Diffing;

/// <summary>
/// One field of an entry that differs: its YAML key (<c>basis</c>), Chinese label (法定依据), the field as text
/// before and after (see <see cref="EntryFieldText"/>), and the word-level diff between them (<see cref="WordDiff"/>).
/// </summary>
public sealed record FieldChange(string Field, string Label, string Before, string After, ImmutableArray<TextSegment> Diff);
