namespace PowerList.Building;

/// <summary>
/// A file a contributor will produce, before it is rendered. <see cref="Inputs"/> returns bytes that determine the
/// file's content completely (for a page: its template kind and its model serialized); when they hash to the same
/// key as in the previous build, the previous file is reused and <see cref="Render"/> is never called. Without
/// <see cref="Inputs"/> the file is rendered every time and keyed by its own content.
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

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>.</summary>
    public string Path { get; }

    public Func<byte[]> Render { get; }

    public Func<byte[]>? Inputs { get; }

    /// <summary>
    /// Optional, cheaper than <see cref="Inputs"/>, and meaningful only within one process (it may hash memoized values
    /// or object identities): a value that is equal in two builds only when <see cref="Inputs"/> would give equal
    /// bytes. A warm build (<see cref="WarmBuild"/>) that sees the same token for the same path (and the same
    /// contributor fingerprint) as the previous build takes the previous key without calling <see cref="Inputs"/>. A
    /// token may change when the inputs do not (the inputs are then computed): it may over-approximate.
    /// </summary>
    public Func<UInt128>? Token { get; }
}
