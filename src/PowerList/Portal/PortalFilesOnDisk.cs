using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PowerList.Portal;

/// <summary>
/// <c>serve</c>'s memory of the portal's own files on disk (outside <c>j/</c>) after its last update in place
/// (<see cref="PortalSiteUpdate"/>), so that an update need not list some 200,000 files at province scale to find those
/// no longer made: each file with the number of the last run that made or kept it, and each folder with its
/// modification time as that run left it. A file added, deleted or renamed in a folder changes the folder's time, so
/// while every folder has its remembered time, the files on disk are the remembered ones; when one differs (a file
/// deleted or put there by hand, a folder removed), the memory does not hold and the update lists the disk as without
/// it. The trade, like that of the lists' stamps (<c>PortalStamps</c>): a change by another hand within the same tick
/// of the file system's clock as this process's last write in that folder is not seen.
/// </summary>
internal sealed class PortalFilesOnDisk
{
    private readonly Dictionary<string, int> _files = new(StringComparer.Ordinal);
    private Dictionary<string, DateTime>? _folders;
    private int _run;

    /// <summary>
    /// Whether the memory holds: files remembered and every remembered folder with the time this process left it. Asked
    /// before the update writes anything (its own writes change the times of the folders it writes into).
    /// </summary>
    public bool Holds(string outputFolder)
    {
        if (_folders is not null && _folders.Any(f => Directory.GetLastWriteTimeUtc(Path.Combine(outputFolder, f.Key)) != f.Value))
        {
            _folders = null;
        }

        return _folders is not null;
    }

    /// <summary>
    /// After <see cref="Holds"/> said yes: the remembered files not among <paramref name="made"/> nor
    /// <paramref name="kept"/> (the files this run made or kept), which are to be deleted; null when a kept file is not
    /// remembered (the memory and the disk disagree): then the caller lists the disk and calls <see cref="Remember"/>.
    /// </summary>
    public List<string>? Unproduced(IEnumerable<string> made, IReadOnlyList<string> kept)
    {
        if (_folders is null)
        {
            throw new InvalidOperationException("the memory of the portal's files does not hold");
        }

        _run++;
        var marked = 0;
        foreach (var path in kept)
        {
            ref var run = ref CollectionsMarshal.GetValueRefOrNullRef(_files, path);
            if (Unsafe.IsNullRef(ref run))
            {
                _folders = null; // kept but not known on disk: the memory and the disk disagree
                return null;
            }

            marked += run == _run ? 0 : 1;
            run = _run;
        }

        foreach (var path in made)
        {
            ref var run = ref CollectionsMarshal.GetValueRefOrAddDefault(_files, path, out _);
            marked += run == _run ? 0 : 1;
            run = _run;
        }

        if (marked == _files.Count)
        {
            return [];
        }

        var gone = _files.Where(f => f.Value != _run).Select(f => f.Key).ToList();
        foreach (var path in gone)
        {
            _files.Remove(path);
        }

        return gone;
    }

    /// <summary>
    /// After an update that wrote <paramref name="written"/> and deleted <paramref name="deleted"/> files: the times of
    /// the folders written into are taken again; a file written into a folder not remembered, or any file deleted (its
    /// folder may be gone), forgets the folders (the next update lists the disk).
    /// </summary>
    public void Wrote(string outputFolder, IEnumerable<string> written, int deleted)
    {
        if (_folders is null)
        {
            return;
        }

        if (deleted > 0)
        {
            _folders = null;
            return;
        }

        foreach (var folder in written.Select(FolderOf).Distinct(StringComparer.Ordinal))
        {
            if (!_folders.ContainsKey(folder))
            {
                _folders = null;
                return;
            }

            _folders[folder] = Directory.GetLastWriteTimeUtc(Path.Combine(outputFolder, folder));
        }
    }

    /// <summary>
    /// Remembers <paramref name="files"/> as the portal's files on disk (the disk was just listed and brought to them),
    /// and the time of every folder under <paramref name="outputFolder"/> but <paramref name="skip"/> (<c>j/</c>).
    /// </summary>
    public void Remember(string outputFolder, IEnumerable<string> files, string skip)
    {
        _run++;
        _files.Clear();
        foreach (var path in files)
        {
            _files[path] = _run;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var skipped = Path.Combine(root, skip);
        var folders = new Dictionary<string, DateTime>(StringComparer.Ordinal) { [""] = Directory.GetLastWriteTimeUtc(root) };
        var found = new FileSystemEnumerable<(string, DateTime)>(
            root,
            static (ref FileSystemEntry e) => (Path.GetRelativePath(e.RootDirectory.ToString(), e.ToFullPath()).Replace(Path.DirectorySeparatorChar, '/'), e.LastWriteTimeUtc.UtcDateTime),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => e.IsDirectory && !e.ToFullPath().Equals(skipped, StringComparison.Ordinal),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.ToFullPath().Equals(skipped, StringComparison.Ordinal),
        };
        foreach (var (folder, time) in found)
        {
            folders[folder] = time;
        }

        _folders = folders;
    }

    /// <summary>Forgets the folders: the next update lists the disk.</summary>
    public void Forget() => _folders = null;

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
