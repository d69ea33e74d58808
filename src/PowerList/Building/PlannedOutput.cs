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

    private PlannedOutput(PlannedOutput made, Action<ReadSet> later)
    {
        Path = made.Path;
        Render = made.Render;
        RenderRecorded = made.RenderRecorded;
        WriteRecorded = made.WriteRecorded;
        Later = later;
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

    /// <summary>
    /// For an output that someone else makes later, off the build (serve's background downloads, <see cref="MadeLater"/>):
    /// records what it reads while it is left to them. A build that finds the previous site's file at this path (listed
    /// in the previous manifest and still there) leaves that file in place with this read set instead of making it,
    /// whatever the file read before; it is made now only when the site has none.
    /// </summary>
    public Action<ReadSet>? Later { get; private init; }

    /// <summary>
    /// This output, left in place when the previous site has it, reading what <paramref name="reads"/> records (see
    /// <see cref="Later"/>): only for a file that is made again off the build with the right bytes, such as
    /// <c>serve</c>'s deferred downloads. A build that does not leave it to anyone must not use this.
    /// </summary>
    public PlannedOutput MadeLater(Action<ReadSet> reads) => new(this, reads);

    /// <summary>An output whose dependencies are recorded while <paramref name="render"/> builds it (see the type's summary).</summary>
    public static PlannedOutput Recorded(string path, Func<ReadSet, byte[]> render) => new(path, render);

    /// <summary>
    /// A <see cref="Recorded"/> output written by <paramref name="write"/> straight into its file in the new site (through
    /// the session's <see cref="IOutputSink"/>), for files of many megabytes: peak memory does not grow with them.
    /// </summary>
    public static PlannedOutput Streamed(string path, Action<ReadSet, Stream> write) => new(path, write);
}
