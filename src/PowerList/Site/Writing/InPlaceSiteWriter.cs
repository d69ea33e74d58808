using System.Collections.Concurrent;
using System.Security.Cryptography;
using PowerList.Output;
using PowerList.Building;

namespace PowerList.Site.Writing;

/// <summary>
/// Updates the previous site in place, for incremental builds: new and changed files are written into a stage
/// folder beside the site (<c>&lt;out&gt;.stage-&lt;pid&gt;-&lt;random&gt;</c>, same file system), unchanged files
/// are not touched at all. <see cref="Commit"/> writes the <see cref="SiteJournal"/> (the files to delete: those of
/// the previous manifest not produced again; the staged files to move in, the build manifest last), flushes it to
/// disk, applies it (one atomic rename per changed file), then removes the journal and the stage folder. Disposing
/// without committing deletes the stage folder: the site was not touched. A build killed before the journal is
/// complete leaves the previous site; one killed after leaves a journal that the next build applies again
/// (<see cref="SiteRecovery"/>), giving exactly the new site. Files in the site that no manifest lists (put there
/// by hand) are left alone unless a new file or folder needs their place.
/// </summary>
public sealed class InPlaceSiteWriter : ISiteWriter
{
    private readonly string _target;
    private readonly string _stage;
    private readonly FileTree _tree;
    private readonly Func<IEnumerable<string>>? _deleted;
    private readonly IEnumerable<string> _previousFiles;
    private readonly ConcurrentDictionary<string, byte> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _staged = new();
    private long _filesWritten;
    private long _bytesWritten;
    private bool _committed;
    private string? _trash;

    private InPlaceSiteWriter(string target, string stage, IEnumerable<string> previousFiles, Func<IEnumerable<string>>? deleted)
    {
        _target = target;
        _stage = stage;
        _tree = new FileTree(stage);
        _previousFiles = previousFiles;
        _deleted = deleted;
    }

    public string Target => _target;

    /// <summary>Where <see cref="Commit"/> marks its two steps (the journal written, then applied), if anywhere.</summary>
    public Diagnostics.TimingLog? Timings { get; set; }

    /// <summary>The stage folder being written.</summary>
    public string StageFolder => _stage;

    public long FilesWritten => Interlocked.Read(ref _filesWritten);

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>
    /// After <see cref="Commit"/>, the folder holding the deleted and replaced files (<see cref="SiteJournal.TrashName"/>),
    /// if any: removing it is what <see cref="DeleteOld"/> and <see cref="DeleteOldDetached"/> do.
    /// </summary>
    public string? OldFolder => _trash is not null && Directory.Exists(_trash) ? _trash : null;

    /// <summary>Files staged (new or changed) so far.</summary>
    public int Staged => _staged.Count;

    /// <summary>
    /// Opens the site in <paramref name="outputFolder"/> (which must hold the previous build) for an in-place
    /// update; <paramref name="previousFiles"/> are the paths its manifest lists (read at <see cref="Commit"/>).
    /// </summary>
    public static InPlaceSiteWriter Open(string outputFolder, IEnumerable<string> previousFiles) =>
        Open(outputFolder, previousFiles, Environment.ProcessId);

    /// <summary>
    /// Opens the site for an in-place update when the caller knows which previous files were not produced again
    /// (<paramref name="deleted"/>, asked at <see cref="Commit"/>; see <see cref="IncrementalSession.Deleted"/>): the
    /// writer then keeps no set of the files it keeps, so <see cref="Reuse"/> only counts.
    /// </summary>
    public static InPlaceSiteWriter Open(string outputFolder, Func<IEnumerable<string>> deleted, Diagnostics.TimingLog? timings = null)
    {
        var writer = Open(outputFolder, [], Environment.ProcessId, deleted);
        writer.Timings = timings;
        return writer;
    }

    /// <summary>As <see cref="Open(string, IEnumerable{string})"/>, naming the stage folder after <paramref name="pid"/> (tests: a dead build's).</summary>
    internal static InPlaceSiteWriter Open(string outputFolder, IEnumerable<string> previousFiles, int pid, Func<IEnumerable<string>>? deleted = null)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(target))
        {
            throw new IOException($"没有可以就地更新的网站：{target}");
        }

        SiteRecovery.Recover(target);
        var stage = $"{target}.stage-{pid}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        Directory.CreateDirectory(stage);
        return new InPlaceSiteWriter(target, stage, previousFiles, deleted);
    }

    public void Write(OutputFile file)
    {
        _tree.Write(file.Path, file.Content);
        _produced.TryAdd(file.Path, 0);
        _staged.Enqueue(file.Path);
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, file.Content.LongLength);
    }

    /// <summary>Opens a file of the new site in the stage folder, for a large output written straight to it.</summary>
    public FileStream Create(string sitePath) => _tree.Create(sitePath);

    /// <summary>A file written into the stage folder through <see cref="Create"/>: staged like <see cref="Write"/>'s.</summary>
    public void Written(string sitePath, long length)
    {
        _produced.TryAdd(sitePath, 0);
        _staged.Enqueue(sitePath);
        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, length);
    }

    /// <summary>The file stays where it is: only remembered, so that it is not deleted.</summary>
    public void Reuse(string sitePath, string existingFile, long length)
    {
        if (_deleted is null)
        {
            _produced.TryAdd(sitePath, 0);
        }

        Interlocked.Increment(ref _filesWritten);
        Interlocked.Add(ref _bytesWritten, length);
    }

    /// <summary>
    /// Counts <paramref name="files"/> files of the previous site kept as they are without being handed over one by one
    /// (<see cref="Building.IncrementalSession.BulkKeep"/>); only when the deleted files are known from the session.
    /// </summary>
    public void Kept(int files, long bytes)
    {
        if (_deleted is null)
        {
            throw new InvalidOperationException("files kept in bulk need the session's list of deleted files");
        }

        Interlocked.Add(ref _filesWritten, files);
        Interlocked.Add(ref _bytesWritten, bytes);
    }

    public void Commit()
    {
        var journal = WriteJournal();
        Timings?.Mark(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"journal ({journal.Deletes.Count} deletes, {journal.Moves.Count} moves)"));
        _trash = Path.Combine(Path.GetDirectoryName(_target)!, journal.TrashName);
        journal.Apply(_target);
        Timings?.Mark("apply journal");
        _committed = true;
        File.Delete(SiteJournal.PathFor(_target));
        StaleFolders.TryDelete(_stage);
    }

    /// <summary>
    /// The first half of <see cref="Commit"/>: decides the operations and writes the journal (the commit point).
    /// Tests call it alone, then <see cref="SiteJournal.Apply"/> in part, to stand for a build killed half-way.
    /// </summary>
    internal SiteJournal WriteJournal()
    {
        if (_committed)
        {
            throw new InvalidOperationException("网站已经提交。");
        }

        var deletes = (_deleted?.Invoke() ?? _previousFiles.Where(p => !_produced.ContainsKey(p))).Order(StringComparer.Ordinal).ToList();
        var moves = _staged.Order(StringComparer.Ordinal).ToList();

        // The manifest goes last: until then the site's manifest is the previous one.
        if (moves.Remove(BuildManifest.FileName))
        {
            moves.Add(BuildManifest.FileName);
        }

        var journal = new SiteJournal(Path.GetFileName(_stage), deletes, moves);
        journal.Save(_target);
        return journal;
    }

    public void DeleteOld()
    {
        if (OldFolder is { } trash)
        {
            StaleFolders.TryDelete(trash);
        }
    }

    public void DeleteOldDetached()
    {
        if (OldFolder is { } trash)
        {
            StaleFolders.DeleteDetached(_target, trash);
        }
    }

    public void Dispose()
    {
        if (!_committed && !File.Exists(SiteJournal.PathFor(_target)))
        {
            StaleFolders.TryDelete(_stage);
        }
    }
}
