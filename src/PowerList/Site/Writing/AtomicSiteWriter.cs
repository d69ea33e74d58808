using System.Security.Cryptography;
using PowerList.Output;

namespace PowerList.Site.Writing;

/// <summary>
/// Writes a whole site beside the old one (<c>&lt;out&gt;.tmp-&lt;pid&gt;-&lt;random&gt;</c>) and swaps it in on
/// <see cref="Commit"/>: the old folder is renamed away and the new one renamed in (two renames); the caller then
/// deletes the old one with <see cref="DeleteOld"/> (it may do so in the background: deleting thousands of files
/// can take seconds on some disks, and the new site is already in place). Disposing
/// without committing deletes the temporary folder, so a failed build leaves the previous site as it was; a killed
/// build leaves a temporary folder that the next build removes (its process is gone). Used for clean builds;
/// incremental builds update the previous site in place (<see cref="InPlaceSiteWriter"/>).
/// </summary>
public sealed class AtomicSiteWriter : ISiteWriter
{
    private readonly string _target;
    private readonly string _temp;
    private readonly FileTree _tree;
    private long _filesWritten;
    private long _bytesWritten;
    private bool _committed;

    private AtomicSiteWriter(string target, string temp)
    {
        _target = target;
        _temp = temp;
        _tree = new FileTree(temp);
    }

    /// <summary>The folder the site will be in after <see cref="Commit"/>.</summary>
    public string Target => _target;

    /// <summary>The temporary folder being written.</summary>
    public string TempFolder => _temp;

    public long FilesWritten => Interlocked.Read(ref _filesWritten);

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>After <see cref="Commit"/>: the previous site, renamed away, until <see cref="DeleteOld"/> removes it.</summary>
    public string? OldFolder { get; private set; }

    public static AtomicSiteWriter Open(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"不能把网站写到根目录：{target}");
        Directory.CreateDirectory(parent);
        SiteRecovery.Recover(target);
        var temp = $"{target}.tmp-{Environment.ProcessId}-{RandomSuffix()}";
        Directory.CreateDirectory(temp);
        return new AtomicSiteWriter(target, temp);
    }

    /// <summary>Writes one file into the temporary folder. Safe to call from several threads for different paths.</summary>
    public void Write(OutputFile file)
    {
        _tree.Write(file.Path, file.Content);
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, file.Content.LongLength);
    }

    /// <summary>Opens a file of the new site in the temporary folder, for a large output written straight to it.</summary>
    public FileStream Create(string sitePath) => _tree.Create(sitePath);

    public void MakeFolderOf(string sitePath) => _tree.EnsureParent(_tree.PathOf(sitePath));

    public void Written(string sitePath, long length)
    {
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, length);
    }

    /// <summary>
    /// Puts an unchanged file of the previous site at <paramref name="sitePath"/> in the temporary folder (a hard
    /// link where possible, else a copy), for incremental builds.
    /// </summary>
    public void Reuse(string sitePath, string existingFile, long length)
    {
        var full = _tree.PathOf(sitePath);
        _tree.EnsureParent(full);
        Building.HardLink.CreateOrCopy(existingFile, full);
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, length);
    }

    /// <summary>Swaps the new site in. After this, disposing does nothing; call <see cref="DeleteOld"/>.</summary>
    public void Commit()
    {
        if (_committed)
        {
            throw new InvalidOperationException("网站已经提交。");
        }

        string? old = null;
        if (Directory.Exists(_target))
        {
            old = $"{_target}.old-{Environment.ProcessId}-{RandomSuffix()}";
            Directory.Move(_target, old);
        }
        else if (File.Exists(_target))
        {
            throw new IOException($"输出位置是一个文件，不是文件夹：{_target}");
        }

        try
        {
            Directory.Move(_temp, _target);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, _target);
            }

            throw;
        }

        _committed = true;
        OldFolder = old;
    }

    /// <summary>
    /// Like <see cref="DeleteOld"/> but does not wait: the previous site is handed to a detached <c>rm -rf</c> that
    /// outlives this process (the command-line build uses this so it can exit as soon as the new site is in place).
    /// </summary>
    public void DeleteOldDetached()
    {
        if (OldFolder is not null)
        {
            StaleFolders.DeleteDetached(_target, OldFolder);
        }
    }

    /// <summary>Deletes the previous site after <see cref="Commit"/> (a later build removes it if this process dies first).</summary>
    public void DeleteOld()
    {
        if (OldFolder is not null)
        {
            StaleFolders.TryDelete(OldFolder);
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            StaleFolders.TryDelete(_temp);
        }
    }

    private static string RandomSuffix() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
}
