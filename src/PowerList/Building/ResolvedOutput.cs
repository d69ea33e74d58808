using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// A file ready to write: either its <see cref="Content"/> (rendered now) or <see cref="ReuseFrom"/>, the same
/// file of the previous site, whose inputs have not changed.
/// </summary>
public sealed class ResolvedOutput
{
    private readonly string? _previousFolder;
    private string? _reuseFrom;

    public ResolvedOutput(string path, byte[]? content, string? reuseFrom, UInt128 key, long length)
    {
        Path = path;
        Content = content;
        _reuseFrom = reuseFrom;
        Key = key;
        Length = length;
    }

    private ResolvedOutput(string path, string previousFolder, UInt128 key, long length)
    {
        Path = path;
        _previousFolder = previousFolder;
        Key = key;
        Length = length;
    }

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>.</summary>
    public string Path { get; }

    /// <summary>The bytes rendered now; null when the previous file is reused or the file was <see cref="WrittenTo"/> already.</summary>
    public byte[]? Content { get; }

    /// <summary>
    /// The previous site's file to reuse (null when <see cref="Content"/> is given); made on first use, since an
    /// in-place build leaves reused files where they are and never asks.
    /// </summary>
    public string? ReuseFrom => _reuseFrom ??= _previousFolder is null
        ? null
        : System.IO.Path.Combine(_previousFolder, Path.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public UInt128 Key { get; }

    public long Length { get; }

    /// <summary>
    /// For a file written now straight into the new site (<see cref="PlannedOutput.Streamed"/>, or a copy derived from
    /// one): where it was written (<see cref="IOutputSink.Create"/>); <see cref="Content"/> is then null. The writer only
    /// counts it.
    /// </summary>
    public string? WrittenTo { get; init; }

    /// <summary>For a recorded output rendered now, or left in place to be made later (<see cref="PlannedOutput.Later"/>): what it read.</summary>
    public ReadSet? Recorded { get; init; }

    /// <summary>For a recorded output reused: what it read, as indices into the previous manifest's identity table.</summary>
    public int[]? Carried { get; init; }

    /// <summary>The file at <paramref name="path"/> of the previous site in <paramref name="previousFolder"/>, reused.</summary>
    public static ResolvedOutput Reused(string path, string previousFolder, UInt128 key, long length, int[]? carried = null, ReadSet? recorded = null) =>
        new(path, previousFolder, key, length) { Carried = carried, Recorded = recorded };
}
