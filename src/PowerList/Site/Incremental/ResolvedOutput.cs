namespace PowerList.Site.Incremental;

/// <summary>
/// A file ready to write: either its <see cref="Content"/> (rendered now) or <see cref="ReuseFrom"/>, the same
/// file of the previous site, whose inputs have not changed. <see cref="Token"/>: the planned file's token
/// (<see cref="PlannedOutput.Token"/>, combined with its contributor's prefix) when a warm build computed one.
/// </summary>
public sealed record ResolvedOutput(string Path, byte[]? Content, string? ReuseFrom, UInt128 Key, long Length, UInt128? Token = null);
