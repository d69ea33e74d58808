namespace PowerList.Loading;

/// <summary>Limits that keep loading bounded in time and memory whatever the input.</summary>
public sealed record LoadOptions
{
    public static LoadOptions Default { get; } = new();

    /// <summary>Largest file read (checked before reading).</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Longest scalar, in characters.</summary>
    public int MaxScalarChars { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most nodes (scalars, mappings, sequences) in one file.</summary>
    public int MaxNodes { get; init; } = 2_000_000;

    /// <summary>Load files in parallel (the result is the same either way).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>
    /// Try the fast reader before YamlDotNet (the result is the same either way; tests turn it off to compare the
    /// two readers on the same text, and <c>POWERLIST_YAML=yamldotnet</c> turns it off to measure YamlDotNet alone).
    /// </summary>
    internal bool FastReader { get; init; } = Environment.GetEnvironmentVariable("POWERLIST_YAML") != "yamldotnet";
}
