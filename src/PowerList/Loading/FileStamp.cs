namespace PowerList.Loading;

/// <summary>
/// A file's size and time of last write, taken before reading it. <see cref="Trusted"/> is false when the write
/// was so recent that another write could follow with the same time stamp; such a file is hashed again next time.
/// </summary>
internal readonly record struct FileStamp(long Length, long WriteTicks, bool Trusted)
{
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }

            var written = info.LastWriteTimeUtc;
            return new FileStamp(info.Length, written.Ticks, DateTime.UtcNow - written > LoadCache.RacyWindow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="now"/> (a later stamp of the same file) shows no write since this one was taken.</summary>
    public bool Unchanged(FileStamp now) => Trusted && Length == now.Length && WriteTicks == now.WriteTicks;
}
