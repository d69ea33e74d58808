using PowerList.Building.Dependencies;
using PowerList.Model;
using PowerList.Output;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// Where an entry of some version can be read: its permanent page <c>entry/&lt;code&gt;/</c> when the current site has
/// one (public now, in force or ended, or gone from the lists after some release published it: then it is the status
/// page of <see cref="EndedPowers"/>), else the newest release copy that has it (a code that is in the lists but
/// not public now has no current page).
/// </summary>
public sealed class VersionLinks
{
    private readonly IReadOnlyDictionary<string, Entry> _current;
    private readonly HashSet<string> _inLists;
    private readonly List<(string Version, HashSet<string> Codes)> _releases;
    private readonly ReadSet? _read;

    public VersionLinks(ReleaseTimeline timeline)
    {
        _current = timeline.Current.Lists.PublicByCode;
        _inLists = timeline.Current.Lists.Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        _releases = [.. timeline.Releases.Reverse().Select(r => (r.Version, r.Lists.PublicEntries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal)))];
    }

    /// <summary>The same links, each question recorded in <paramref name="read"/> (<see cref="IdentityKind.EntryLink"/>, see <see cref="VersionsView"/>).</summary>
    public VersionLinks(VersionLinks shared, ReadSet read)
    {
        (_current, _inLists, _releases, _read) = (shared._current, shared._inLists, shared._releases, read);
    }

    public bool IsCurrent(string code)
    {
        _read?.Add(IdentityKind.EntryLink, code);
        return _current.ContainsKey(code);
    }

    /// <summary>Site-relative URL of the best page for <paramref name="code"/>, or "" when no published version has it.</summary>
    public string Entry(string code)
    {
        _read?.Add(IdentityKind.EntryLink, code);
        if (_current.ContainsKey(code))
        {
            return SiteUrls.Entry(code);
        }

        foreach (var (version, codes) in _releases)
        {
            if (codes.Contains(code))
            {
                return _inLists.Contains(code) ? VersionUrls.In(version, SiteUrls.Entry(code)) : SiteUrls.Entry(code);
            }
        }

        return "";
    }

    public static string Label(VersionSide side) => side.IsCurrent ? "当前清单" : $"{side.Version}（{side.Date}）";

    public static string Browse(VersionSide side) => Browse(side.Version);

    public static string Browse(string version) => version == VersionNames.Current ? SiteUrls.Home : SiteUrls.Release(version);

    public static IReadOnlyList<object> Counts(DiffSummary summary) =>
        [.. AdjustmentType.All.Select(t => new { Type = t, Count = summary.Count(t) })];
}
