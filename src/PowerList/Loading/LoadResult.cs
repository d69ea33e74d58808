using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>What the loader read, and every problem it found on the way (sorted).</summary>
public sealed record LoadResult(ListSet Lists, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
