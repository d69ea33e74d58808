namespace PowerList.Site.Writing;

/// <summary>
/// One build at a time per output folder: an exclusive lock on <c>&lt;out&gt;.lock</c> beside it, held for the
/// whole build (an advisory <c>flock</c> on Linux and macOS, a sharing lock on Windows; the system drops it when
/// the process dies, so a killed build never leaves the folder locked). The file itself stays. A second build of
/// the same output while one runs fails at once with an <see cref="IOException"/>, before touching anything.
/// </summary>
public sealed class SiteLock : IDisposable
{
    private readonly FileStream _stream;

    private SiteLock(FileStream stream)
    {
        _stream = stream;
    }

    public static string PathFor(string target) => target + ".lock";

    public static SiteLock Acquire(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"不能把网站写到根目录：{target}");
        Directory.CreateDirectory(parent);
        try
        {
            return new SiteLock(new FileStream(PathFor(target), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new IOException($"另一次生成正在写入 {target}（锁文件 {PathFor(target)}），请等它结束后再试。", ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
