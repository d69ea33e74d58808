using PowerList.Building.Dependencies;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Building;

/// <summary>
/// Decides, file by file, what a build must render. A recorded file (<see cref="PlannedOutput.Recorded"/>: every page)
/// is reused when the previous manifest lists it with what it read (its identities, <see cref="Identity"/>) and every
/// one of those identities hashes now as it did then (<see cref="IIdentityHashes"/>; the contributor's fingerprint is
/// one of them); else it is rendered, recording what it reads. A plain planned file is rendered every time and keyed
/// by its content; planned files are resolved in parallel batches handed out in order. A deferred file (<see cref="IDeferredContributor"/>) is keyed by its source
/// bytes and produced (compressed) only when that key changed. Other contributors run in full and their files are keyed by content;
/// a file whose bytes equal the previous build's is left in place rather than written again.
/// Files of the old site that are not produced again (deleted or renamed entries) are simply not carried over.
/// </summary>
public sealed partial class IncrementalSession
{
    private readonly IReadOnlyDictionary<string, ManifestItem>? _previous;
    private readonly string _previousFolder;
    private readonly WarmSite? _warm;
    private readonly TimingLog? _timings;
    private readonly List<KeyValuePair<string, ManifestItem>> _next;
    private readonly List<KeyValuePair<string, ManifestItem>> _derived = [];
    private readonly IdentityTable _table;
    private readonly IReadOnlyList<KeyValuePair<string, ManifestItem>> _previousOrdered = [];
    private readonly IReadOnlyDictionary<string, OutputSlice>? _slices;
    private readonly Dictionary<string, (int Start, int Count)> _ranges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _bases = new(StringComparer.Ordinal);
    private int _keptFiles;
    private long _keptBytes;
    private (Identity[] Identities, UInt128[] Hashes, List<KeyValuePair<string, ManifestItem>> Files)? _canonical;
    private int _reused;
    private int _rendered;
    private int _produced;
    private int _matched;

    /// <param name="outputFolder">The site folder of the previous build, if any.</param>
    /// <param name="reuse">False for a clean build: nothing is reused, the manifest is still written.</param>
    /// <param name="warm">
    /// A long-running process's state between builds: when it holds the site this process wrote last and the site's
    /// manifest file is still that one (<see cref="WarmSite"/>), the manifest is not read again and reused files are
    /// not checked on disk.
    /// </param>
    /// <param name="timings">Where the session times its parts (manifest, stat, render …; <c>build --timings</c>), if anywhere.</param>
    public IncrementalSession(string outputFolder, bool reuse = true, WarmSite? warm = null, TimingLog? timings = null)
    {
        _previousFolder = Path.GetFullPath(outputFolder);
        _warm = warm;
        _timings = timings;
        var t = (_timings?.Now() ?? default);
        if (_warm?.Take(_previousFolder) is { } remembered && reuse)
        {
            _previous = remembered.Files;
            var spares = _warm.TakeSpares();
            _table = IdentityTable.Seeded(remembered.Identities, remembered.Hashes, remembered.Lookup, spares?.Identities, spares?.Hashes);
            (_previousOrdered, _slices) = (remembered.Ordered, remembered.Slices);
            Trusted = true;
            _next = Refill(spares?.Ordered, _previous.Count);
            _timings?.Measure("manifest: remembered", t);
            return;
        }

        var previous = reuse ? BuildManifest.TryLoad(_previousFolder) : null;
        _previous = previous is not null && previous.Code == CodeKey ? previous.Files : null;
        _table = _previous is not null ? new IdentityTable(previous!.Identities, previous.Hashes) : new IdentityTable([], []);

        _next = new(_previous?.Count ?? 0);
        _timings?.Measure("manifest: read", t);
    }

    /// <summary>
    /// <paramref name="spare"/> emptied, with room for about <paramref name="count"/> items (<see cref="WarmSite.Room"/>),
    /// or a new list when there is none: a warm build fills the list of the build before the last.
    /// </summary>
    internal static List<T> Refill<T>(List<T>? spare, int count)
    {
        var list = spare ?? new List<T>(WarmSite.Room(count));
        list.Clear();
        if (list.Capacity < count)
        {
            list.Capacity = WarmSite.Room(count);
        }

        return list;
    }

    /// <summary>The timing log this session's build times its parts into, if any (<see cref="Site.Compression.CompressedCopies"/> times its copies there too).</summary>
    public TimingLog? Timings => _timings;

    /// <summary>Identifies this build of PowerList (its module version id): a new program renders everything again.</summary>
    public static string CodeKey { get; } = typeof(IncrementalSession).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Where <see cref="PlannedOutput.Streamed"/> outputs and their derived copies are written straight to their files
    /// (the build's site writer). Null: they are made in memory like any other output.
    /// </summary>
    public IOutputSink? Sink { get; set; }

    /// <summary>Files reused from the previous site so far.</summary>
    public int Reused => _reused;

    /// <summary>Planned files rendered so far.</summary>
    public int Rendered => _rendered;

    /// <summary>Deferred and derived files (<see cref="IDeferredContributor"/>, <see cref="ResolveDerived"/>) produced so far, i.e. not reused.</summary>
    public int Produced => _produced;

    /// <summary>How many files the previous manifest lists (0 without one): about as many as this build makes.</summary>
    public int PreviousCount => _previous?.Count ?? 0;

    /// <summary>Whether a usable previous manifest was found.</summary>
    public bool HasPrevious => _previous is not null;

    /// <summary>
    /// Whether the previous site is the one this process wrote last, untouched since by another build (see
    /// <see cref="WarmSite"/>): its files are then reused without checking that they are still there.
    /// </summary>
    public bool Trusted { get; }

    /// <summary>The paths the previous manifest lists (none without <see cref="HasPrevious"/>).</summary>
    public IEnumerable<string> PreviousFiles => _previous?.Keys ?? Enumerable.Empty<string>();

    /// <summary>
    /// After every file was resolved: the previous manifest's paths that were not produced again (deleted or renamed
    /// pages), in no particular order. When every previous path was seen again (the usual edit) this is known from a
    /// count, without a set of the new paths.
    /// </summary>
    public IEnumerable<string> Deleted()
    {
        if (_previous is null || _matched == _previous.Count)
        {
            return [];
        }

        var next = new HashSet<string>(_next.Count + _derived.Count, StringComparer.Ordinal);
        foreach (var (path, _) in _next.Concat(_derived))
        {
            next.Add(path);
        }

        return _previous.Keys.Where(p => !next.Contains(p)).ToList();
    }

    /// <summary>
    /// After the site was committed: a warm build remembers it (<see cref="WarmSite.Remember"/>) for the next one.
    /// </summary>
    public void Committed()
    {
        if (_warm is null)
        {
            return;
        }

        if (Deferred)
        {
            // The table as this build kept it (the next build reads it in any order); canonical only when written.
            var files = _derived.Count == 0 ? _next : [.. _next, .. _derived];
            // The table keeps its positions, so its lookup is handed on with it (this session is done with it).
            _warm.Remember(_previousFolder, files, _table.List, _table.HashList, new PendingManifest(CodeKey, files, _table.List, _table.HashList), _ranges, _bases, _table.Lookup);
            return;
        }

        var (identities, hashes, canonical) = Canonical();
        _warm.Remember(_previousFolder, canonical, identities, hashes, ranges: _ranges, bases: _bases);
    }

    /// <summary>Whether this build writes the stub manifest and leaves the whole one to serve (<see cref="WarmSite.DeferManifest"/>).</summary>
    private bool Deferred => _warm?.DeferManifest == true;

    /// <summary>What the manifest holds, its identity table in canonical order (<see cref="Dependencies.CanonicalTable"/>), made once.</summary>
    private (Identity[] Identities, UInt128[] Hashes, List<KeyValuePair<string, ManifestItem>> Files) Canonical() =>
        _canonical ??= Dependencies.CanonicalTable.Of(_table.List, _table.HashList, _derived.Count == 0 ? _next : [.. _next, .. _derived]);

    /// <summary>The manifest of everything resolved, to be written last (the stub when <see cref="Deferred"/>).</summary>
    public OutputFile Manifest()
    {
        var t = (_timings?.Now() ?? default);
        if (Deferred)
        {
            _timings?.Measure("manifest: stub", t);
            return new(BuildManifest.FileName, BuildManifest.Pending());
        }

        var (identities, hashes, files) = Canonical();
        var bytes = new BuildManifest(CodeKey, files, identities, hashes).ToBytes();
        _timings?.Measure("manifest: write", t);
        return new(BuildManifest.FileName, bytes);
    }
}
