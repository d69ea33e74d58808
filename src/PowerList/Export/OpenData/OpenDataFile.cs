namespace PowerList.Export.OpenData;

/// <summary>
/// One open-data download (<see cref="OpenDataFiles"/>): its path relative to its folder and how to write it into a
/// stream (a build writes it straight to its file, so it is never in memory whole).
/// </summary>
public sealed record OpenDataFile(string Path, Action<Stream> WriteTo)
{
    /// <summary>The file's bytes, in memory (small files, tests, the export command).</summary>
    public byte[] Bytes()
    {
        var buffer = new ChunkedBuffer();
        WriteTo(buffer);
        return buffer.ToArray();
    }
}
