namespace PowerList.Site.Incremental;

/// <summary>
/// A file ready to write: either its <see cref="Content"/> (rendered now) or <see cref="ReuseFrom"/>, the same
/// file of the previous site, whose inputs have not changed.
/// </summary>
public sealed record ResolvedOutput(string Path, byte[]? Content, string? ReuseFrom, UInt128 Key, long Length)
{
    /// <summary>
    /// For a reused file: renders it again. Reuse trusts the previous manifest and does not look at the old file (a
    /// stat per file cost more than all the keys at 100,000 entries), so a writer that finds the old file gone (for
    /// example deleted by hand) can write these bytes instead; they equal the old file's.
    /// </summary>
    public Func<byte[]>? Rerender { get; init; }
}
