using System.Diagnostics;

namespace PowerList.Site.Writing;

/// <summary>
/// Leftovers of builds that died: <c>&lt;out&gt;.tmp-&lt;pid&gt;-*</c> and <c>&lt;out&gt;.old-&lt;pid&gt;-*</c> beside the
/// output folder whose process no longer runs. Folders of live processes (this one included: it may still be
/// deleting a previous site in the background) are left alone. When the
/// output folder is missing (a build died between its two renames), a dead build's <c>.old-</c> folder is moved
/// back instead of deleted.
/// </summary>
internal static class StaleFolders
{
    public static void Clean(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        foreach (var dir in Directory.EnumerateDirectories(parent, name + ".*"))
        {
            var own = Path.GetFileName(dir);
            if (own.Length <= name.Length + 1 || !own.StartsWith(name + ".", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = own[(name.Length + 1)..];
            var parts = rest.Split('-');
            if (parts.Length != 3 || parts[0] is not ("tmp" or "old") || !int.TryParse(parts[1], out var pid))
            {
                continue;
            }

            if (pid != Environment.ProcessId && !IsRunning(pid))
            {
                if (parts[0] == "old" && !Directory.Exists(target) && !File.Exists(target))
                {
                    // The build died between moving the old site away and moving the new one in: put the old one back.
                    Directory.Move(dir, target);
                    continue;
                }

                TryDelete(dir);
            }
        }
    }

    public static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next build to clean up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
