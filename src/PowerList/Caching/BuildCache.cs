using System.Security.Cryptography;

namespace PowerList.Caching;

/// <summary>
/// Where builds keep what they can reuse next time (parsed lists, analysed search documents): the folder
/// <c>.powerlist-cache/&lt;site folder name&gt;/</c> beside the site folder (so <c>-o site</c> uses
/// <c>./.powerlist-cache/site/</c>), unless a folder is given. Caches are memoization only: each cache file carries
/// its own format and program version and a checksum, a file that is missing, stale or damaged is a miss, and
/// deleting the folder only makes the next build slower. Files are replaced atomically (temporary file and rename),
/// so a killed build leaves the previous cache file or the new one, never half of one.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".powerlist-cache";

    private BuildCache(string folder)
    {
        Folder = folder;
    }

    /// <summary>The cache folder (created on the first write).</summary>
    public string Folder { get; }

    /// <summary>The cache of the site built into <paramref name="outputFolder"/>, or in <paramref name="cacheFolder"/> when given.</summary>
    public static BuildCache For(string outputFolder, string? cacheFolder = null)
    {
        if (cacheFolder is not null)
        {
            return new BuildCache(Path.GetFullPath(cacheFolder));
        }

        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? target;
        return new BuildCache(Path.Combine(parent, FolderName, Path.GetFileName(target)));
    }

    /// <summary>The bytes of cache file <paramref name="name"/>, or null when there is none.</summary>
    public byte[]? TryRead(string name)
    {
        try
        {
            return File.ReadAllBytes(PathOf(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Replaces cache file <paramref name="name"/> atomically.</summary>
    public void Write(string name, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(name);
        var temp = $"{path}.tmp-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The full path of cache file <paramref name="name"/> (a plain file name, no folders).</summary>
    public string PathOf(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\', ':']) >= 0 || name is "." or "..")
        {
            throw new ArgumentException($"缓存文件名不合法：\"{name}\"", nameof(name));
        }

        return Path.Combine(Folder, name);
    }
}
