using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// A file a contributor will produce, before it is made. Two kinds:
/// <list type="bullet">
/// <item><see cref="Recorded"/> (every page, feed and download): made by a function that reads the site's data only
/// through a recording view and notes each read in a <see cref="ReadSet"/>; the manifest keeps the identities it read
/// with their hashes, and a rebuild reuses the previous file while every one of them hashes the same (and the
/// contributor's fingerprint is the same).</item>
/// <item>Plain (a template's asset, <c>robots.txt</c>, <c>sitemap.xml</c>): made every time and kept in place when its bytes are the same.</item>
/// </list>
/// </summary>
public sealed class PlannedOutput
{
    public PlannedOutput(string path, Func<byte[]> render)
    {
        Path = path;
        Render = render;
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

    /// <summary>For a <see cref="Recorded"/> output: makes it, recording what it read.</summary>
    public Func<ReadSet, byte[]>? RenderRecorded { get; }

    /// <summary>An output whose dependencies are recorded while <paramref name="render"/> builds it (see the type's summary).</summary>
    public static PlannedOutput Recorded(string path, Func<ReadSet, byte[]> render) => new(path, render);
}
