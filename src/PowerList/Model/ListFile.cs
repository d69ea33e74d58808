using System.Collections.Immutable;

namespace PowerList.Model;

/// <summary>One file <c>lists/&lt;department&gt;/&lt;category&gt;.yaml</c> as loaded.</summary>
public sealed record ListFile : Sourced
{
    /// <summary>Path as found by the loader.</summary>
    public string Path { get; init; } = "";

    /// <summary>The department id declared in the file (<c>department:</c>).</summary>
    public string Department { get; init; } = "";

    /// <summary>The category code declared in the file (<c>category:</c>).</summary>
    public string Category { get; init; } = "";

    public ImmutableArray<Entry> Entries { get; init; } = [];
}
