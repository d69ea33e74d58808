using System.Collections.Concurrent;

namespace PowerList.Loading;

/// <summary>
/// What the previous loads of one lists folder read, kept in memory (<c>powerlist serve</c>): a later
/// <see cref="ListLoader.Load(string, LoadOptions, LoadCache)"/> reuses the result of every file whose bytes did not
/// change and reads only the others. A file is known unchanged when its size and time of last write are the same as
/// when it was read (and that time was not too close to the read to be trusted), or else when its bytes hash the same.
/// The result is exactly what a fresh load gives. Not thread-safe across loads: one load at a time.
/// </summary>
public sealed class LoadCache
{
    /// <summary>A write this close to the read may be followed by another with the same time stamp ("racy" files are hashed again).</summary>
    internal static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private ConcurrentDictionary<string, CachedFile> _files = new(StringComparer.Ordinal);
    private LoadOptions? _options;
    private int _statHits;
    private int _hashHits;
    private int _parsed;

    /// <summary>Files of the last load reused because their size and time stamp were unchanged.</summary>
    public int UnchangedByStamp => _statHits;

    /// <summary>Files of the last load read again and found byte-identical (hash), so reused.</summary>
    public int UnchangedByHash => _hashHits;

    /// <summary>Files of the last load parsed (new or changed).</summary>
    public int Parsed => _parsed;

    /// <summary>Number of files remembered.</summary>
    public int Count => _files.Count;

    internal void Begin(LoadOptions options)
    {
        if (_options is not null && _options != options)
        {
            _files.Clear(); // other limits can give other results
        }

        _options = options;
        _statHits = 0;
        _hashHits = 0;
        _parsed = 0;
    }

    /// <summary>Forgets files that are no longer part of the lists (deleted, renamed away).</summary>
    internal void Keep(IReadOnlyList<PlannedFile> plan)
    {
        if (_files.Count == plan.Count && plan.All(p => _files.ContainsKey(p.Path)))
        {
            return;
        }

        var kept = new ConcurrentDictionary<string, CachedFile>(StringComparer.Ordinal);
        foreach (var p in plan)
        {
            if (_files.TryGetValue(p.Path, out var file))
            {
                kept[p.Path] = file;
            }
        }

        _files = kept;
    }

    internal CachedFile? Find(PlannedFile plan) =>
        _files.TryGetValue(plan.Path, out var file) && file.Plan == plan ? file : null;

    internal void Store(CachedFile file) => _files[file.Plan.Path] = file;

    internal void CountStampHit() => Interlocked.Increment(ref _statHits);

    internal void CountHashHit() => Interlocked.Increment(ref _hashHits);

    internal void CountParsed() => Interlocked.Increment(ref _parsed);
}
