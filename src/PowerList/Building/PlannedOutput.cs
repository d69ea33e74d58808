using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// A file a contributor will produce, before it is made. Two kinds:
/// <list type="bullet">
/// <item><see cref="Recorded"/> (every page, feed and download): made by a function that reads the site's data only
/// through a recording view and notes each read in a <see cref="ReadSet"/>; the manifest keeps the identities it read
/// with their hashes, and a rebuild reuses the previous file while every one of them hashes the same (and the
/// contributor's fingerprint is the same). A large one (a download) is <see cref="Streamed"/>: written straight into
/// its file, never held whole in memory.</item>
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

    private PlannedOutput(string path, Action<ReadSet, Stream> write)
    {
        Path = path;
        WriteRecorded = write;
        RenderRecorded = read =>
        {
            using var buffer = new MemoryStream();
            write(read, buffer);
            return buffer.ToArray();
        };
        Render = () => RenderRecorded(ReadSet.Ignored);
    }

    /// <summary>Relative to the site root, as <see cref="Output.OutputFile.Path"/>.</summary>
    public string Path { get; }

    public Func<byte[]> Render { get; }

    /// <summary>For a <see cref="Recorded"/> output: makes it, recording what it read.</summary>
    public Func<ReadSet, byte[]>? RenderRecorded { get; }

    /// <summary>
    /// For a <see cref="Streamed"/> output: writes it into a stream (seekable, left open), recording what it read.
    /// <see cref="RenderRecorded"/> gives the same bytes in memory, for a session with no <see cref="IOutputSink"/>.
    /// </summary>
    public Action<ReadSet, Stream>? WriteRecorded { get; }

    /// <summary>An output whose dependencies are recorded while <paramref name="render"/> builds it (see the type's summary).</summary>
    public static PlannedOutput Recorded(string path, Func<ReadSet, byte[]> render) => new(path, render);

    /// <summary>
    /// A <see cref="Recorded"/> output written by <paramref name="write"/> straight into its file in the new site (through
    /// the session's <see cref="IOutputSink"/>), for files of many megabytes: peak memory does not grow with them.
    /// </summary>
    public static PlannedOutput Streamed(string path, Action<ReadSet, Stream> write) => new(path, write);
}
