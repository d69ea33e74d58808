using System.Runtime.InteropServices;

namespace PowerList.Site.Incremental;

/// <summary>Reuses a file of the previous site: a hard link where the file system allows it, else a copy.</summary>
internal static class HardLink
{
    private static bool _unavailable = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS();

    public static void CreateOrCopy(string existing, string target)
    {
        if (!_unavailable)
        {
            try
            {
                if (Link(existing, target) == 0)
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

        File.Copy(existing, target, overwrite: false);
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Link(string oldPath, string newPath);
}
