using System.Security.Cryptography;
using System.Text;

namespace PowerList.Site.Writing;

/// <summary>
/// <c>&lt;out&gt;.journal</c>: what an in-place build (<see cref="InPlaceSiteWriter"/>) does to the previous site,
/// written and flushed to disk before the site is touched. A UTF-8 text file, one line each:
/// <code>
/// powerlist-journal 1
/// stage site.stage-1234-0badc0de
/// delete entry/OLD/index.html
/// move entry/NEW/index.html
/// move .powerlist-build
/// end 3 &lt;SHA-256 of everything before this line, hex&gt;
/// </code>
/// <c>delete</c>: a file of the previous site that the new one does not have; <c>move</c>: a file staged in the
/// stage folder (beside the site, same relative path) to rename over the site's file (the build manifest last).
/// It is written to <c>&lt;out&gt;.journal.tmp</c>, flushed and renamed, and it ends with a count and a checksum:
/// a journal that is missing, cut short or damaged is not a journal and the site was not touched.
/// <see cref="Apply"/> is idempotent (a move whose staged file is gone was done), so a journal found by the next
/// build (<see cref="SiteRecovery"/>) is simply applied again.
/// </summary>
internal sealed class SiteJournal
{
    private const string Header = "powerlist-journal 1";

    public SiteJournal(string stageName, IReadOnlyList<string> deletes, IReadOnlyList<string> moves)
    {
        StageName = stageName;
        Deletes = deletes;
        Moves = moves;
    }

    /// <summary>The stage folder's name (beside the site).</summary>
    public string StageName { get; }

    /// <summary>
    /// The folder beside the site (<c>&lt;out&gt;.trash-&lt;pid&gt;-&lt;random&gt;</c>, named after the stage folder) that
    /// keeps the deleted and replaced files alive until it is removed after the build (detached with
    /// <c>--detach-cleanup</c>, on a background task in <c>serve</c>): on a file system mounted with <c>discard</c>
    /// freeing a written file's blocks takes about 0.5 ms, which renaming over 19,500 files would otherwise pay
    /// one by one while the site is being updated.
    /// </summary>
    public string TrashName
    {
        get
        {
            var at = StageName.LastIndexOf(".stage-", StringComparison.Ordinal);
            return StageName[..at] + ".trash-" + StageName[(at + ".stage-".Length)..];
        }
    }

    /// <summary>Site paths to delete.</summary>
    public IReadOnlyList<string> Deletes { get; }

    /// <summary>Site paths to move from the stage folder into the site, in order.</summary>
    public IReadOnlyList<string> Moves { get; }

    public static string PathFor(string target) => target + ".journal";

    /// <summary>Writes the journal of <paramref name="target"/> and flushes it to disk; it exists only once complete.</summary>
    public void Save(string target)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append("stage ").Append(StageName).Append('\n');
        foreach (var path in Deletes)
        {
            text.Append("delete ").Append(path).Append('\n');
        }

        foreach (var path in Moves)
        {
            text.Append("move ").Append(path).Append('\n');
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        var end = Encoding.UTF8.GetBytes($"end {Deletes.Count + Moves.Count} {Convert.ToHexStringLower(SHA256.HashData(body))}\n");
        var temp = PathFor(target) + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(body);
            stream.Write(end);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, PathFor(target), overwrite: true);
    }

    /// <summary>
    /// The complete journal of <paramref name="target"/>, or null when there is none or it is incomplete or damaged
    /// (then the site was not touched by it).
    /// </summary>
    public static SiteJournal? TryLoad(string target)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathFor(target));
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        // The last line: "end <count> <hash>\n".
        if (bytes.Length == 0 || bytes[^1] != (byte)'\n')
        {
            return null;
        }

        var lastStart = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1;
        var body = bytes.AsSpan(0, lastStart);
        var end = Encoding.UTF8.GetString(bytes, lastStart, bytes.Length - lastStart - 1).Split(' ');
        if (end.Length != 3 || end[0] != "end" || end[2] != Convert.ToHexStringLower(SHA256.HashData(body)))
        {
            return null;
        }

        var lines = Encoding.UTF8.GetString(body).Split('\n');
        if (lines.Length < 3 || lines[0] != Header || !lines[1].StartsWith("stage ", StringComparison.Ordinal))
        {
            return null;
        }

        var deletes = new List<string>();
        var moves = new List<string>();
        foreach (var line in lines.AsSpan(2, lines.Length - 3))
        {
            if (line.StartsWith("delete ", StringComparison.Ordinal))
            {
                deletes.Add(line["delete ".Length..]);
            }
            else if (line.StartsWith("move ", StringComparison.Ordinal))
            {
                moves.Add(line["move ".Length..]);
            }
            else
            {
                return null;
            }
        }

        if (end[1] != (deletes.Count + moves.Count).ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return null;
        }

        var stage = lines[1]["stage ".Length..];
        var name = Path.GetFileName(target);
        if (!stage.StartsWith(name + ".stage-", StringComparison.Ordinal) || stage.Contains('/') || stage.Contains('\\'))
        {
            return null;
        }

        return new SiteJournal(stage, deletes, moves);
    }

    /// <summary>
    /// Applies the journal to <paramref name="target"/>: deletes, then removes folders left empty, then moves the
    /// staged files in (each rename replaces one file atomically; several at a time, the last one after all others). A file or folder of the site that stands where a
    /// new file or folder goes (not in the previous manifest, e.g. put there by hand) is removed. Idempotent.
    /// <paramref name="stopAfter"/> (tests only) stops after that many operations, as a killed build would.
    /// </summary>
    public void Apply(string target, int stopAfter = int.MaxValue)
    {
        var stage = Path.Combine(Path.GetDirectoryName(target)!, StageName);
        var trash = Path.Combine(Path.GetDirectoryName(target)!, TrashName);
        var done = 0;
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var real = new HashSet<string>(StringComparer.Ordinal) { target };
        foreach (var path in Deletes)
        {
            if (done++ >= stopAfter)
            {
                return;
            }

            var full = FileTree.Resolve(target, path);
            var dir = Path.GetDirectoryName(full)!;
            if (!InRealFolders(target, dir, real))
            {
                continue; // a symbolic link stands on the way: the file is not in the site's tree
            }

            if (IsLink(full))
            {
                File.Delete(full);
            }
            else if (File.Exists(full))
            {
                var kept = FileTree.Resolve(trash, path);
                Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
                File.Move(full, kept, overwrite: true);
            }

            emptied.Add(dir);
        }

        RemoveEmptyFolders(target, emptied);

        // The first moves a kill would have let through (all of them but in tests), their folders made first, one by
        // one; then the renames, several at a time (each rename over an existing file makes ext4 start writing the
        // new file's data, so one at a time they wait on the disk: 15 s for 19,500 files at 30,000 entries instead of
        // under a second); the last move (the build manifest) only after all the others are done.
        var count = Math.Min(Moves.Count, Math.Max(0, stopAfter - done));
        var folders = new HashSet<string>(StringComparer.Ordinal) { target };
        for (var i = 0; i < count; i++)
        {
            EnsureFolder(Path.GetDirectoryName(FileTree.Resolve(target, Moves[i]))!, folders);
        }

        var parallel = count == Moves.Count ? count - 1 : count;
        RunInParallel(parallel, i => Move(stage, target, trash, Moves[i]));
        if (parallel < count)
        {
            Move(stage, target, trash, Moves[count - 1]);
        }
    }

    /// <summary>Threads that rename at once: renames mostly wait on the disk, not the processor.</summary>
    internal const int MoveThreads = 16;

    private static void Move(string stage, string target, string trash, string path)
    {
        var from = FileTree.Resolve(stage, path);
        if (!File.Exists(from))
        {
            return; // moved by an earlier run of this journal
        }

        var to = FileTree.Resolve(target, path);
        if (IsLink(to))
        {
            File.Delete(to);
        }
        else if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }
        else if (File.Exists(to))
        {
            // A second name in the trash folder, so that the rename below does not free the old file's blocks.
            var kept = FileTree.Resolve(trash, path);
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            File.Delete(kept); // left by an earlier run of this journal: the same file as the site's
            Building.HardLink.TryCreate(to, kept);
        }

        File.Move(from, to, overwrite: true);
    }

    // Runs action(0 … count-1) on dedicated threads (not the thread pool, which would add threads for blocked work
    // only slowly); the first exception is thrown once all threads have stopped.
    private static void RunInParallel(int count, Action<int> action)
    {
        if (count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                action(i);
            }

            return;
        }

        var next = -1;
        Exception? failure = null;
        void Work()
        {
            int i;
            while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    action(i);
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref failure, ex, null);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Min(MoveThreads, count)).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    // Deepest first (a folder's sub-folders are longer paths, so they are handled before it): a folder whose files
    // were all deleted goes, and then its parent if that is empty now.
    private static void RemoveEmptyFolders(string target, HashSet<string> folders)
    {
        var queued = new HashSet<string>(folders, StringComparer.Ordinal);
        var queue = new PriorityQueue<string, int>(folders.Select(f => (f, -f.Length)));
        while (queue.TryDequeue(out var dir, out _))
        {
            if (dir.Length <= target.Length)
            {
                continue;
            }

            if (Directory.Exists(dir))
            {
                if (Directory.EnumerateFileSystemEntries(dir).Any())
                {
                    continue;
                }

                Directory.Delete(dir);
            }

            // Gone (now, or by an earlier run of this journal that was cut short): its parent may be empty now.
            var parent = Path.GetDirectoryName(dir)!;
            if (queued.Add(parent))
            {
                queue.Enqueue(parent, -parent.Length);
            }
        }
    }

    // Creates the folder that will hold a moved file. A file of the site standing where a folder goes is removed,
    // and so is a symbolic link (the link, not what it points to): files are only ever written inside the site.
    private static void EnsureFolder(string dir, HashSet<string> known)
    {
        if (known.Contains(dir))
        {
            return;
        }

        EnsureFolder(Path.GetDirectoryName(dir)!, known);
        if (IsLink(dir) || File.Exists(dir))
        {
            File.Delete(dir);
        }

        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir);
        }

        known.Add(dir);
    }

    // Whether every folder from the site down to dir is a real folder (no symbolic link), caching the answers.
    private static bool InRealFolders(string target, string dir, HashSet<string> real)
    {
        if (real.Contains(dir))
        {
            return true;
        }

        if (dir.Length <= target.Length || IsLink(dir) || !InRealFolders(target, Path.GetDirectoryName(dir)!, real))
        {
            return false;
        }

        real.Add(dir);
        return true;
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
