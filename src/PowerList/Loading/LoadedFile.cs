using PowerList.Diagnostics;

namespace PowerList.Loading;

/// <summary>What one file gave: its model value (null when unreadable), whether it was read whole, its problems.</summary>
internal sealed record LoadedFile(ListFileKind Kind, object? Value, bool Complete, IReadOnlyList<Diagnostic> Diagnostics);
