using System.Collections.Concurrent;

namespace PowerList.Site.Writing;

/// <summary>
/// A folder that site files are written into (the temporary site of a clean build, the staging folder of an
/// in-place build): checks every site path (<see cref="Check"/>), creates each sub-folder once, after its parent,
/// and writes files. Safe to use from several threads for different paths.
/// </summary>
internal sealed class FileTree
{
    private readonly ConcurrentDictionary<string, Lazy<bool>> _createdDirectories = new(StringComparer.Ordinal);

    public FileTree(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="content"/> at <paramref name="sitePath"/>; returns the full path.</summary>
    public string Write(string sitePath, byte[] content)
    {
        var full = PathOf(sitePath);
        EnsureParent(full);
        PlainFile.Write(full, content);
        return full;
    }

    /// <summary>The full path of <paramref name="sitePath"/> under <see cref="Root"/>, after <see cref="Check"/>.</summary>
    /// <summary>Opens the file at <paramref name="sitePath"/> for writing (created or emptied), its folder made first.</summary>
    public FileStream Create(string sitePath)
    {
        var full = PathOf(sitePath);
        EnsureParent(full);
        return new FileStream(full, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    public string PathOf(string sitePath) => Resolve(Root, sitePath);

    /// <summary>Creates the folder that will hold <paramref name="fullPath"/> (and its parents inside the tree).</summary>
    public void EnsureParent(string fullPath) => CreateFolder(Path.GetDirectoryName(fullPath)!);

    /// <summary>
    /// The full path of <paramref name="sitePath"/> under <paramref name="root"/>. Throws
    /// <see cref="InvalidOperationException"/> for a path that is empty, absolute, has empty, <c>.</c> or <c>..</c>
    /// segments, backslashes, colons, control characters or a segment over 255 characters, or that would resolve
    /// outside <paramref name="root"/>.
    /// </summary>
    public static string Resolve(string root, string sitePath)
    {
        Check(sitePath);

        // Defence in depth: whatever the checks miss, the resolved path must stay inside the root folder.
        var full = Path.GetFullPath(Path.Combine(root, sitePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"输出路径不合法（在网站文件夹之外）：\"{sitePath}\"");
        }

        return full;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> unless <paramref name="sitePath"/> is a plain relative site path.</summary>
    public static void Check(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.StartsWith('/') || sitePath.Contains('\\') || sitePath.Contains(':')
            || sitePath.Any(char.IsControl) || sitePath.Split('/').Any(s => s is "" or "." or ".." || s.Length > 255))
        {
            throw new InvalidOperationException($"输出路径不合法：\"{sitePath}\"");
        }
    }

    // Each folder is created once, after its parent (so one mkdir each, no existence checks up the path); a thread
    // that needs a folder another thread is creating waits for it.
    private void CreateFolder(string dir)
    {
        if (dir.Length <= Root.Length)
        {
            return;
        }

        _ = _createdDirectories.GetOrAdd(dir, d => new Lazy<bool>(
            () =>
            {
                CreateFolder(Path.GetDirectoryName(d)!);
                Building.HardLink.CreateDirectory(d);
                return true;
            },
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
