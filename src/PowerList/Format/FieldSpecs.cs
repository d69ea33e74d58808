namespace PowerList.Format;

/// <summary>Constraints of a <see cref="FieldSpec"/>'s key, written where the table declares it.</summary>
public static class FieldSpecs
{
    /// <summary>A value must be given; <paramref name="always"/>: canonical YAML and JSON write the key even when empty.</summary>
    public static FieldSpec Required(this FieldSpec spec, string? pattern = null, IReadOnlyList<string>? allowed = null, bool always = true) =>
        spec with { Field = spec.Field with { Required = true, Pattern = pattern, Allowed = allowed }, Always = always };

    /// <summary>A regular expression the value must match (JSON Schema <c>pattern</c>).</summary>
    public static FieldSpec Pattern(this FieldSpec spec, string pattern) => spec with { Field = spec.Field with { Pattern = pattern } };

    /// <summary>The column titles of published sheets that the importer reads into this field (<see cref="FieldSpec.Headers"/>).</summary>
    public static FieldSpec Columns(this FieldSpec spec, params string[] titles) => spec with { Headers = [.. titles] };
}
