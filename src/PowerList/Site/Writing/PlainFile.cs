using System.Runtime.InteropServices;

namespace PowerList.Site.Writing;

/// <summary>
/// Writes a whole file of a site tree with three system calls on Linux (<c>open</c>, <c>write</c>, <c>close</c>).
/// <see cref="File.WriteAllBytes(string, byte[])"/> adds five more per file (two advisory <c>flock</c>s, an
/// <c>fstatfs</c> to ask whether the file system can lock, an <c>ftruncate</c> after the lock and an <c>lseek</c>):
/// for the ~100,000 files of a build at 30,000 entries that was most of the build's system time
/// (docs/performance.md, "Writing files with fewer system calls"). The lock guards nothing here: each file of a
/// build's own folder (the temporary tree, the stage) is written by one thread, once. Elsewhere, or when a call
/// fails, the file is written by <see cref="File.WriteAllBytes(string, byte[])"/>, which throws the usual exception.
/// </summary>
internal static class PlainFile
{
    // Linux open(2) flags (the same on x64 and arm64): O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC.
    private const int CreateFlags = 0x1 | 0x40 | 0x200 | 0x80000;

    // 0666 before the umask, as .NET creates files.
    private const int CreateMode = 0x1B6;

    private const int Interrupted = 4; // EINTR

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Creates (or empties) the file at <paramref name="path"/>, whose folder exists, and writes <paramref name="content"/> into it.</summary>
    public static void Write(string path, byte[] content)
    {
        if (_unavailable || !TryWrite(path, content))
        {
            File.WriteAllBytes(path, content);
        }
    }

    private static bool TryWrite(string path, byte[] content)
    {
        int fd;
        try
        {
            do
            {
                fd = Open(path, CreateFlags, CreateMode);
            }
            while (fd < 0 && Marshal.GetLastPInvokeError() == Interrupted);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }

        if (fd < 0)
        {
            return false;
        }

        var ok = true;
        var done = 0;
        while (done < content.Length)
        {
            var n = WriteBytes(fd, ref content[done], content.Length - done);
            if (n < 0 && Marshal.GetLastPInvokeError() == Interrupted)
            {
                continue;
            }

            if (n <= 0)
            {
                ok = false;
                break;
            }

            done += (int)n;
        }

        // Linux releases the descriptor even when close reports an error; a failed close of a written file (a
        // delayed write error) is treated as a failed write.
        ok &= Close(fd) == 0;
        return ok;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteBytes(int fd, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
