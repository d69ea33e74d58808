using System.IO.Enumeration;

namespace PowerList.Portal;

/// <summary>
/// The files under a folder in one pass (<see cref="FileSystemEnumerable{TResult}"/>), by path relative to it with
/// <c>/</c> separators: names only (read from the directories, no file looked at), or with length and modification
/// time (one stat per file). What <see cref="PortalSiteUpdate"/> compares, without a <see cref="FileInfo"/> per file; and the
/// empty folders an update leaves removed.
/// </summary>
internal static class FolderFiles
{
    /// <summary>The relative paths of the files under <paramref name="folder"/>, leaving out the folder <paramref name="skip"/> (a direct child) if given.</summary>
    public static HashSet<string> Names(string folder, string? skip = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            names.UnionWith(Enumerate(folder, skip, static (ref FileSystemEntry e) => Relative(ref e)));
        }

        return names;
    }

    /// <summary>Relative path → (length, modification time) of every file under <paramref name="folder"/>; empty when it does not exist.</summary>
    public static Dictionary<string, (long Length, DateTime Time)> Stamps(string folder)
    {
        var stamps = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var (path, stamp) in Enumerate(folder, null, static (ref FileSystemEntry e) => (Relative(ref e), (e.Length, e.LastWriteTimeUtc.UtcDateTime))))
            {
                stamps[path] = stamp;
            }
        }

        return stamps;
    }

    private static FileSystemEnumerable<T> Enumerate<T>(string folder, string? skip, FileSystemEnumerable<T>.FindTransform transform)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var skipped = skip is null ? null : Path.Combine(root, skip);
        return new FileSystemEnumerable<T>(root, transform, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = skipped is null ? null : (ref FileSystemEntry e) => !e.ToFullPath().Equals(skipped, StringComparison.Ordinal),
        };
    }

    private static string Relative(ref FileSystemEntry e)
    {
        var dir = e.Directory[e.RootDirectory.Length..].TrimStart(Path.DirectorySeparatorChar);
        var path = dir.Length == 0 ? e.FileName.ToString() : string.Concat(dir, "/", e.FileName);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Deletes the empty folders under <paramref name="folder"/>, and it too when it is left empty.</summary>
    public static void RemoveEmpty(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            RemoveEmpty(sub);
        }

        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
