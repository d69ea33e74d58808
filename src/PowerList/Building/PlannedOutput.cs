using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// A file a contributor will produce, before it is rendered. Three kinds:
/// <list type="bullet">
/// <item><see cref="Recorded"/> (every page): rendered by a function that reads the site's data only through a
/// recording view and notes each read in a <see cref="ReadSet"/>; the manifest keeps the identities it read with their
/// hashes, and a rebuild reuses the previous file while every one of them hashes the same (and the contributor's
/// fingerprint is the same).</item>
/// <item>With <see cref="Inputs"/>: bytes that determine the content completely; when they hash to the same key as
/// in the previous build, the previous file is reused.</item>
/// <item>Neither: rendered every time and keyed by its own content.</item>
/// </list>
/// </summary>
public sealed class PlannedOutput
{
    public PlannedOutput(string path, Func<byte[]> render, Func<byte[]>? inputs = null, Func<UInt128>? token = null)
    {
        Path = path;
        Render = render;
        Inputs = inputs;
        Token = inputs is null ? null : token;
    }

    private PlannedOutput(string path, Func<ReadSet, byte[]> render)
    {
        Path = path;
        RenderRecorded = render;
        Render = () => render(ReadSet.Ignored);
    }

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>.</summary>
    public string Path { get; }

    public Func<byte[]> Render { get; }

    /// <summary>For a <see cref="Recorded"/> output: renders it, recording what it read.</summary>
    public Func<ReadSet, byte[]>? RenderRecorded { get; }

    public Func<byte[]>? Inputs { get; }

    /// <summary>
    /// Optional, cheaper than <see cref="Inputs"/>, and meaningful only within one process (it may hash memoized values
    /// or object identities): a value that is equal in two builds only when <see cref="Inputs"/> would give equal
    /// bytes. A warm build that sees the same token for the same path (and the same contributor fingerprint) as the
    /// previous build takes the previous key without calling <see cref="Inputs"/>. A token may over-approximate.
    /// </summary>
    public Func<UInt128>? Token { get; }

    /// <summary>An output whose dependencies are recorded while <paramref name="render"/> builds it (see the type's summary).</summary>
    public static PlannedOutput Recorded(string path, Func<ReadSet, byte[]> render) => new(path, render);
}
