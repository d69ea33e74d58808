using System.Collections.Immutable;
using PowerList.Diagnostics;

namespace PowerList.Model;

/// <summary>
/// Where a model object and each of its fields came from. <see cref="Self"/> is the object's own mapping;
/// <see cref="Fields"/> maps a YAML key (as written, e.g. <c>name</c>, <c>remedies</c>) to the position of its value.
/// Items of a sequence of plain strings are keyed <c>key[index]</c>.
/// </summary>
public sealed record SourceInfo(SourceLocation Self, ImmutableDictionary<string, SourceLocation> Fields)
{
    public static SourceInfo None { get; } = new(SourceLocation.None, ImmutableDictionary<string, SourceLocation>.Empty);

    public static SourceInfo At(SourceLocation self) => new(self, ImmutableDictionary<string, SourceLocation>.Empty);

    /// <summary>The position of a field's value, or of the object itself when the field is absent.</summary>
    public SourceLocation Of(string field) => Fields.TryGetValue(field, out var at) ? at : Self;

    /// <summary>The position of the key itself is not kept; the value's position is what diagnostics point at.</summary>
    public bool Has(string field) => Fields.ContainsKey(field);
}
