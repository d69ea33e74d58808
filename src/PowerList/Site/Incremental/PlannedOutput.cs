namespace PowerList.Site.Incremental;

/// <summary>
/// A file a contributor will produce, before it is rendered. <see cref="Inputs"/> returns bytes that determine the
/// file's content completely (for a page: its template kind and its model serialized); when they hash to the same
/// key as in the previous build, the previous file is reused and <see cref="Render"/> is never called. Without
/// <see cref="Inputs"/> the file is rendered every time and keyed by its own content.
/// </summary>
public sealed class PlannedOutput
{
    public PlannedOutput(string path, Func<byte[]> render, Func<byte[]>? inputs = null)
    {
        Path = path;
        Render = render;
        Inputs = inputs;
    }

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>.</summary>
    public string Path { get; }

    public Func<byte[]> Render { get; }

    public Func<byte[]>? Inputs { get; }
}
