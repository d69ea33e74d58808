using System.Runtime.InteropServices;

namespace PowerList.Loading;

/// <summary>
/// The type of a path without opening it and without following a symbolic link (<c>statx</c> with
/// <c>AT_SYMLINK_NOFOLLOW</c> on Linux): opening a FIFO to read it waits for a writer, so the type is checked first.
/// Elsewhere, or where <c>statx</c> is missing, .NET's view (link, folder, file) is used.
/// </summary>
public static class FileTypes
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private static bool _noStatx = !OperatingSystem.IsLinux();

    /// <summary>The type of <paramref name="path"/> itself (a link is reported as <see cref="FileType.SymbolicLink"/>).</summary>
    public static FileType Of(string path)
    {
        if (!_noStatx)
        {
            try
            {
                var buffer = new byte[256];
                if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
                {
                    return FileType.Missing;
                }

                // struct statx: stx_mode (u16) at offset 28, the same on every Linux architecture.
                return (BitConverter.ToUInt16(buffer, 28) & 0xF000) switch
                {
                    0x8000 => FileType.Regular,
                    0x4000 => FileType.Directory,
                    0xA000 => FileType.SymbolicLink,
                    0x1000 => FileType.Fifo,
                    0x2000 => FileType.CharacterDevice,
                    0x6000 => FileType.BlockDevice,
                    0xC000 => FileType.Socket,
                    _ => FileType.Other,
                };
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                _noStatx = true;
            }
        }

        var info = new FileInfo(path);
        return info.LinkTarget is not null ? FileType.SymbolicLink
            : Directory.Exists(path) ? FileType.Directory
            : info.Exists ? FileType.Regular
            : FileType.Missing;
    }

    /// <summary>
    /// The canonical path <paramref name="path"/> leads to, every symbolic link on the way followed; null when a link
    /// loops (<paramref name="loop"/> true) or the path does not exist.
    /// </summary>
    public static string? RealPath(string path, out bool loop)
    {
        loop = false;
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var resolved = Realpath(path, IntPtr.Zero);
                if (resolved == IntPtr.Zero)
                {
                    loop = Marshal.GetLastPInvokeError() == 40; // ELOOP
                    return null;
                }

                try
                {
                    return Marshal.PtrToStringUTF8(resolved);
                }
                finally
                {
                    Free(resolved);
                }
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                // Fall through to .NET's resolution.
            }
        }

        try
        {
            var full = Path.GetFullPath(path);
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            var final = target?.FullName ?? full;
            return File.Exists(final) || Directory.Exists(final) ? final : null;
        }
        catch (IOException)
        {
            loop = true;
            return null;
        }
    }

    /// <summary>Chinese name of a type that is not read, for messages.</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "命名管道（FIFO）",
        FileType.CharacterDevice => "字符设备",
        FileType.BlockDevice => "块设备",
        FileType.Socket => "套接字",
        FileType.Directory => "文件夹",
        FileType.SymbolicLink => "符号链接",
        _ => "特殊文件",
    };

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr Realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
