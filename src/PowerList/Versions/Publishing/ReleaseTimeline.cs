using System.Collections.Concurrent;
using System.Collections.Immutable;
using PowerList.Model;
using PowerList.Diagnostics;
using PowerList.Versions.Diffing;
using PowerList.Versions.Snapshots;

namespace PowerList.Versions.Publishing;

/// <summary>
/// Every published release (oldest first) and the current lists, with the comparisons the site publishes:
/// each release against the one before it, and the current lists against the latest release.
/// </summary>
public sealed class ReleaseTimeline
{
    /// <summary>Above this many pairs only consecutive pairs and each release against current are pre-rendered.</summary>
    public const int MaxAllPairs = 50;

    private readonly ConcurrentDictionary<(string, string), Lazy<ListDiff>> _diffs = new();

    public ReleaseTimeline(IEnumerable<VersionSide> releases, VersionSide current)
    {
        Releases = [.. releases];
        Current = current;
    }

    public ImmutableArray<VersionSide> Releases { get; }

    public VersionSide Current { get; }

    /// <summary>
    /// When loaded from a release store (<see cref="Load"/>): a hash of every release it holds as releases.yaml
    /// describes it, with the SHA-256 its snapshot was verified against, so equal within one process only when the
    /// releases' lists are equal. Null for a timeline made otherwise.
    /// </summary>
    public UInt128? ReleasesKey { get; init; }

    /// <summary>Releases then current: every version the site shows.</summary>
    public IEnumerable<VersionSide> Sides => Releases.Append(Current);

    public VersionSide? Latest => Releases.IsEmpty ? null : Releases[^1];

    /// <summary>The release before <paramref name="side"/>, or null for the first.</summary>
    public VersionSide? Previous(VersionSide side)
    {
        var sides = Sides.ToList();
        var i = sides.FindIndex(s => s.Version == side.Version);
        return i > 0 ? sides[i - 1] : null;
    }

    /// <summary>The comparison of two versions (computed once; safe to call from several threads).</summary>
    public ListDiff Diff(VersionSide from, VersionSide to) =>
        _diffs.GetOrAdd((from.Version, to.Version), _ => new Lazy<ListDiff>(() => Compare(from, to), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Where comparisons are timed (<see cref="Compare"/>), if anywhere.</summary>
    public TimingLog? Timings { get; init; }

    /// <summary>One comparison, timed as the part <c>versions.diff</c> (redlines included) into <see cref="Timings"/>.</summary>
    private ListDiff Compare(VersionSide from, VersionSide to)
    {
        var start = (Timings?.Now() ?? default);
        var diff = VersionComparer.Compare(from, to);
        Timings?.Measure("versions.diff", start);
        return diff;
    }

    /// <summary>Each version against the one before it (the first release has none), current last.</summary>
    public IEnumerable<ListDiff> Steps()
    {
        var sides = Sides.ToList();
        for (var i = 1; i < sides.Count; i++)
        {
            yield return Diff(sides[i - 1], sides[i]);
        }
    }

    /// <summary>
    /// The pairs whose compare pages are pre-rendered: all (older, newer) pairs of versions when there are at most
    /// <see cref="MaxAllPairs"/>, else consecutive pairs and each release against current.
    /// </summary>
    public IEnumerable<(VersionSide From, VersionSide To)> Pairs()
    {
        var sides = Sides.ToList();
        var all = sides.Count * (sides.Count - 1) / 2;
        for (var i = 0; i < sides.Count; i++)
        {
            for (var j = i + 1; j < sides.Count; j++)
            {
                if (all <= MaxAllPairs || j == i + 1 || j == sides.Count - 1)
                {
                    yield return (sides[i], sides[j]);
                }
            }
        }
    }

    /// <summary>
    /// The timeline of the releases the Load stage read (<see cref="ReleaseLoader"/>: only verified releases, every
    /// problem reported there) and the current lists.
    /// </summary>
    public static ReleaseTimeline Of(LoadedReleases releases, ListSet current, TimingLog? timings = null) =>
        new(releases.Releases, new VersionSide(VersionNames.Current, "", "当前清单", "", current)) { ReleasesKey = releases.Key, Timings = timings };
}
