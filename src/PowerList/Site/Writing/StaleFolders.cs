using System.Diagnostics;

namespace PowerList.Site.Writing;

/// <summary>
/// Leftovers of builds that died: <c>&lt;out&gt;.tmp-&lt;pid&gt;-*</c>, <c>&lt;out&gt;.stage-&lt;pid&gt;-*</c> (an in-place
/// build's staged files whose journal was never completed; <see cref="SiteRecovery"/> handles those of complete
/// journals first) and <c>&lt;out&gt;.old-&lt;pid&gt;-*</c> beside the
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
            if (parts.Length != 3 || parts[0] is not ("tmp" or "old" or "trash" or "stage") || !int.TryParse(parts[1], out var pid))
            {
                continue;
            }

            if (parts[0] == "trash")
            {
                // Handed to a detached rm by an earlier build; if that build is gone, hand it over again.
                if (pid != Environment.ProcessId && !IsRunning(pid) && !IsBeingRemoved(dir) && !StartDetachedRemoval(dir))
                {
                    TryDelete(dir);
                }

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

    /// <summary>
    /// Removes <paramref name="dir"/> (a folder beside <paramref name="target"/>) without waiting: renames it to
    /// <c>&lt;target&gt;.trash-&lt;pid&gt;-&lt;random&gt;</c> and starts a detached <c>rm -rf</c> on it, which goes on after
    /// this process exits. Where that is not possible the folder is deleted here. Deleting a large previous site can
    /// take minutes on a busy disk; the new site is already in place.
    /// </summary>
    public static void DeleteDetached(string target, string dir)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        var trash = $"{target}.trash-{Environment.ProcessId}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
        try
        {
            Directory.Move(dir, trash);
        }
        catch (IOException)
        {
            TryDelete(dir);
            return;
        }

        if (!StartDetachedRemoval(trash))
        {
            TryDelete(trash);
        }
    }

    private static bool StartDetachedRemoval(string dir)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            var start = new ProcessStartInfo("rm")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add("-rf");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(dir);
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
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

    /// <summary>
    /// Whether a detached <c>rm</c> started by an earlier build is still deleting <paramref name="dir"/> (Linux: a
    /// live process whose command line names it), so a second one is not started on the same folder.
    /// </summary>
    private static bool IsBeingRemoved(string dir)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return false;
        }

        var needle = "\0" + dir + "\0";
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(proc);
            if (name.Length == 0 || !name.All(char.IsAsciiDigit))
            {
                continue;
            }

            try
            {
                var cmdline = "\0" + File.ReadAllText(Path.Combine(proc, "cmdline"));
                if (cmdline.Contains(needle, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return false;
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
