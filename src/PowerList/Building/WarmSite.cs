using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// What a long-running process (<c>serve</c>) remembers of the site it built last (used by
/// <see cref="IncrementalSession"/>): the manifest it wrote, as a dictionary with its identity table and the hashes it
/// recorded, and the length and time of last write of the manifest file it left in the site. The next build takes them back only when the site's manifest file still has that length and
/// time (one <c>stat</c>): then no other build has written the site since, so the manifest need not be read again and
/// the files it lists are trusted to be there (no <c>stat</c> per reused file). The trade: a file deleted from the site
/// by hand while <c>serve</c> runs is not noticed by its rebuilds (a <c>build</c>, or <c>serve</c> started again,
/// writes it back).
/// </summary>
/// <para>
/// With <see cref="DeferManifest"/> (<c>serve</c>) a build does not write its whole manifest: it writes a stub that
/// no build accepts (<see cref="BuildManifest.Pending"/>), in the same journal as its pages, and keeps the manifest
/// here (<see cref="Pending"/>) until <c>serve</c> writes it while the editor is idle or at exit
/// (<see cref="WritePending"/>). A <c>serve</c> killed in between leaves the stub: the next <c>build</c> renders
/// everything, never a stale page.
/// </para>
public sealed class WarmSite
{
    private string? _folder;
    private PendingManifest? _pending;
    private Task<(Dictionary<string, ManifestItem> Files, Dictionary<string, OutputSlice> Slices)>? _state;
    private IReadOnlyList<KeyValuePair<string, ManifestItem>> _ordered = [];
    private IReadOnlyList<Identity> _identities = [];
    private IReadOnlyList<UInt128> _hashes = [];
    private Dictionary<Identity, int>? _lookup;
    private long _length;
    private DateTime _written;
    private ManifestSpares? _lent;
    private ManifestSpares? _spare;

    /// <summary>
    /// Set by <c>serve</c>: builds write a stub manifest and leave the whole one to <see cref="WritePending"/>
    /// (docs/performance.md, "The manifest in serve").
    /// </summary>
    public bool DeferManifest { get; set; }

    /// <summary>
    /// Completes when the background work of the last <see cref="Remember"/> (the files by path and the read indexes) is
    /// done, or at once when nothing is remembered. Never faults.
    /// </summary>
    public Task Settled => _state?.ContinueWith(_ => { }, TaskScheduler.Default) ?? Task.CompletedTask;

    /// <summary>The manifest of the site remembered, when the site holds only the stub so far (<see cref="DeferManifest"/>).</summary>
    public PendingManifest? Pending => _pending;

    /// <summary>
    /// The files remembered for <paramref name="folder"/>, when its manifest file is still the one this
    /// process wrote; else null. Either way they are forgotten: the build that takes them remembers its own at its
    /// end (<see cref="Remember"/>).
    /// </summary>
    /// <returns>
    /// The files by path, the identity table and its hashes, the files in the order of the build (<c>Ordered</c>) and,
    /// per planned contributor, its outputs' place in that order with their <see cref="ReadIndex"/> (<c>Slices</c>); and,
    /// when the build that remembered them gave it, the table's positions by identity (<c>Lookup</c>, handed over: the
    /// taker owns it).
    /// </returns>
    public (Dictionary<string, ManifestItem> Files, IReadOnlyList<Identity> Identities, IReadOnlyList<UInt128> Hashes,
        IReadOnlyList<KeyValuePair<string, ManifestItem>> Ordered, IReadOnlyDictionary<string, OutputSlice> Slices,
        Dictionary<Identity, int>? Lookup)? Take(string folder)
    {
        var state = _state;
        var (identities, hashes, ordered, lookup) = (_identities, _hashes, _ordered, _lookup);
        var ours = state is not null && string.Equals(_folder, folder, StringComparison.Ordinal) && Stamped(folder, _length, _written);
        var spare = _spare;
        Forget();
        if (!ours)
        {
            return null;
        }

        var (files, slices) = state!.Result;
        // What the taker reads only is lent: once it remembers its own (Remember), these are its spares.
        _lent = new ManifestSpares(ordered as List<KeyValuePair<string, ManifestItem>>, identities as List<Identity>, hashes as List<UInt128>, files);
        _spare = spare;
        return (files, identities, hashes, ordered, slices, lookup?.Count == identities.Count ? lookup : null);
    }

    /// <summary>
    /// Remembers the site just written into <paramref name="folder"/>: its files in manifest order (<paramref name="files"/>)
    /// and its manifest file's stamp. The dictionary is built on the thread pool.
    /// </summary>
    /// <param name="identities">The manifest's identity table (<see cref="BuildManifest.Identities"/>) and the hashes it recorded.</param>
    /// <param name="ranges">
    /// Where each planned contributor's outputs are in <paramref name="files"/>: their <see cref="ReadIndex"/> is built
    /// with the dictionary, on the thread pool, so the next rebuild visits only the outputs whose reads changed.
    /// </param>
    /// <param name="bases">Per planned contributor, what the hashes its outputs read were computed from (<see cref="IIdentityHashes.Basis"/>).</param>
    /// <param name="lookup">
    /// The positions of <paramref name="identities"/> by identity, when the caller has them and gives them up: the next
    /// build starts its table from them instead of building them again.
    /// </param>
    public void Remember(
        string folder,
        IReadOnlyList<KeyValuePair<string, ManifestItem>> files,
        IReadOnlyList<Identity>? identities = null,
        IReadOnlyList<UInt128>? hashes = null,
        PendingManifest? pending = null,
        IReadOnlyDictionary<string, (int Start, int Count)>? ranges = null,
        IReadOnlyDictionary<string, object?>? bases = null,
        Dictionary<Identity, int>? lookup = null)
    {
        var info = new FileInfo(Path.Combine(folder, BuildManifest.FileName));
        if (!info.Exists)
        {
            Forget();
            return;
        }

        _folder = folder;
        _length = info.Length;
        _written = info.LastWriteTimeUtc;
        (_identities, _hashes) = (identities ?? [], hashes ?? []);
        _lookup = lookup;
        _pending = pending;
        _ordered = files;
        var count = _identities.Count;
        // The previous build's lists, lent to the build that remembers now, are free: its files by path are refilled
        // below and the rest is the next build's to fill (TakeSpares), so a warm edit allocates none of them again.
        var reused = _lent?.Files;
        (_spare, _lent) = (_lent is { } lent ? lent with { Files = null } : null, null);
        _state = Task.Run(() =>
        {
            var slices = new Dictionary<string, OutputSlice>(StringComparer.Ordinal);
            foreach (var (name, (start, length)) in ranges ?? new Dictionary<string, (int Start, int Count)>())
            {
                slices[name] = new OutputSlice(start, length, ReadIndex.Of(files, start, length, count), bases?.GetValueOrDefault(name));
            }

            return (ByPath(files, reused), slices);
        });
    }

    /// <summary>
    /// The lists of the build before the last, free now, for the build that has just taken the site (<see cref="Take"/>)
    /// to fill instead of allocating its own; each comes once. None before a second warm build.
    /// </summary>
    public ManifestSpares? TakeSpares()
    {
        var spare = _spare;
        _spare = null;
        return spare;
    }

    /// <summary>
    /// The capacity to give a list or table of about <paramref name="count"/> items that the next build fills again: a
    /// little room, so that a build with a few more files or identities does not grow it (twice the size, on the large
    /// object heap).
    /// </summary>
    public static int Room(int count) => count + (count / 32) + 64;

    /// <summary>Forgets the site: the next build reads the manifest and checks every file.</summary>
    public void Forget()
    {
        _folder = null;
        (_lent, _spare) = (null, null);
        _state = null;
        _ordered = [];
        _pending = null;
        _lookup = null;
        (_identities, _hashes) = ([], []);
    }

    /// <summary>
    /// Puts <paramref name="pending"/>'s manifest, already written to <paramref name="temporary"/> (a file beside the site
    /// folder, on the same file system), in place of the stub in <paramref name="folder"/>, when it is still the pending
    /// manifest of the site remembered and the stub is still the one this process wrote; returns whether it did. The
    /// caller holds the site's lock and keeps builds out meanwhile (serve's rebuild gate).
    /// </summary>
    public bool WritePending(string folder, PendingManifest pending, string temporary)
    {
        if (!ReferenceEquals(_pending, pending) || !string.Equals(_folder, folder, StringComparison.Ordinal) || !Stamped(folder, _length, _written))
        {
            return false;
        }

        var target = Path.Combine(folder, BuildManifest.FileName);
        File.Move(temporary, target, overwrite: true);
        var info = new FileInfo(target);
        (_length, _written) = (info.Length, info.LastWriteTimeUtc);
        _pending = null;
        return true;
    }

    /// <summary><paramref name="files"/> by path, in <paramref name="reused"/> (emptied first) when given.</summary>
    private static Dictionary<string, ManifestItem> ByPath(IReadOnlyList<KeyValuePair<string, ManifestItem>> files, Dictionary<string, ManifestItem>? reused)
    {
        var byPath = reused ?? new Dictionary<string, ManifestItem>(Room(files.Count), StringComparer.Ordinal);
        byPath.Clear();
        if (byPath.EnsureCapacity(0) < files.Count)
        {
            byPath.EnsureCapacity(Room(files.Count));
        }

        foreach (var (path, item) in files)
        {
            byPath.Add(path, item);
        }

        return byPath;
    }

    private static bool Stamped(string folder, long length, DateTime written)
    {
        var info = new FileInfo(Path.Combine(folder, BuildManifest.FileName));
        return info.Exists && info.Length == length && info.LastWriteTimeUtc == written;
    }
}
