using System.Runtime.InteropServices;

namespace PowerList.Building;

/// <summary>Reuses a file of the previous site: a hard link where the file system allows it, else a copy.</summary>
internal static class HardLink
{
    private static bool _unavailable = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS();

    /// <summary>A second name for <paramref name="existing"/> (a hard link); false where the file system cannot.</summary>
    public static bool TryCreate(string existing, string target)
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            return Link(existing, target) == 0;
        }
        catch (DllNotFoundException)
        {
            _unavailable = true;
        }
        catch (EntryPointNotFoundException)
        {
            _unavailable = true;
        }

        return false;
    }

    public static void CreateOrCopy(string existing, string target)
    {
        if (!TryCreate(existing, target))
        {
            File.Copy(existing, target, overwrite: false);
        }
    }

    /// <summary>Creates <paramref name="path"/>, whose parent exists (one system call where possible); an existing folder is fine.</summary>
    public static void CreateDirectory(string path)
    {
        if (!_unavailable)
        {
            try
            {
                // 0755 before the umask, as Directory.CreateDirectory does.
                if (MakeDirectory(path, 0x1ED) == 0 || Directory.Exists(path))
                {
                    return;
                }
            }
            catch (DllNotFoundException)
            {
                _unavailable = true;
            }
            catch (EntryPointNotFoundException)
            {
                _unavailable = true;
            }
        }

        Directory.CreateDirectory(path);
    }

    [DllImport("libc", EntryPoint = "mkdir", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int MakeDirectory(string path, uint mode);

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Link(string oldPath, string newPath);
}
