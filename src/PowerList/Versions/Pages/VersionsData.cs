using System.Collections.Concurrent;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The versions part of the site's data for one build: the releases and the current lists (<see cref="ReleaseTimeline"/>),
/// the entries' histories, the ended powers and where each code can be read, each made once, on first use. Like
/// <see cref="SiteData"/> (which it extends: every identity it does not know is the current lists' and is asked of
/// <see cref="Site"/>) it says what each identity hashes to now; outputs read it only through a
/// <see cref="VersionsView"/>, which records what they read.
/// </summary>
public sealed class VersionsData : IIdentityHashes
{
    private readonly ConcurrentDictionary<Identity, UInt128> _hashes = new();
    private readonly Lazy<VersionLinks> _links;
    private readonly Lazy<IReadOnlyList<EntryHistory>> _histories;
    private readonly Lazy<Dictionary<string, (EntryHistory History, string Name)>> _byCode;
    private readonly Lazy<IReadOnlyList<EndedPower>> _ended;
    private readonly Lazy<Dictionary<string, EndedPower>> _endedByCode;
    private readonly Lazy<HashSet<string>> _currentUrls;

    /// <param name="deferDownloads">Whether this build defers the current downloads (<see cref="IdentityKind.Deferred"/>).</param>
    /// <param name="preview">Whether this build is <c>serve</c>'s preview (<see cref="IdentityKind.Preview"/>).</param>
    /// <param name="previous">The last build's histories and ended powers (<c>serve</c>, <see cref="Carried"/>), taken over where still the same.</param>
    public VersionsData(ReleaseTimeline timeline, SiteData site, bool deferDownloads = false, bool preview = false, Unreleased? previous = null)
    {
        Timeline = timeline;
        Site = site;
        DeferDownloads = deferDownloads;
        Preview = preview;
        // Without releases, a history is a public code's first appearance now and an ended power is a public entry that
        // records its ending (EntryHistory.Build, EndedPowers.Of): unchanged while no code is published or unpublished,
        // and while no changed file has an entry with an ending (RecordChanges, both versions of each file).
        var changes = timeline.Releases.IsEmpty && previous is { } before ? site.Changes(before.Lists) : null;
        _links = new(() => new VersionLinks(timeline), LazyThreadSafetyMode.ExecutionAndPublication);
        _histories = new(
            () => changes is { PublishedChanged: false } ? previous!.Histories : EntryHistory.Build(timeline),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _byCode = new(Names, LazyThreadSafetyMode.ExecutionAndPublication);
        _ended = new(
            () => changes is { EndingChanged: false } ? previous!.Ended : EndedPowers.Of(timeline, Histories),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _endedByCode = new(() => Ended.ToDictionary(p => p.Code, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        _currentUrls = new(() => CurrentUrls(timeline.Current.Lists), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ReleaseTimeline Timeline { get; }

    /// <summary>Whether this build leaves the current downloads to <c>serve</c>'s background work (<see cref="IdentityKind.Deferred"/>).</summary>
    public bool DeferDownloads { get; }

    /// <summary>Whether this build is <c>serve</c>'s preview, with the pages for staff only (<see cref="IdentityKind.Preview"/>).</summary>
    public bool Preview { get; }

    /// <summary>The current lists' data (<see cref="SiteData"/>).</summary>
    public SiteData Site { get; }

    public VersionLinks Links => _links.Value;

    /// <summary>Every code's history (<see cref="EntryHistory.Build"/>), in ordinal order of the codes.</summary>
    public IReadOnlyList<EntryHistory> Histories => _histories.Value;

    public IReadOnlyList<EndedPower> Ended => _ended.Value;

    /// <summary>The history of <paramref name="code"/> and the name its page shows: the current one when it is public now, else the newest release's.</summary>
    public (EntryHistory History, string Name) History(string code) =>
        Timeline.Releases.IsEmpty && Timeline.Current.Lists.PublicByCode.TryGetValue(code, out var entry)
            ? (EntryHistory.Unreleased(code), entry.Name) // what Build gives it without releases, without every code's history
            : _byCode.Value[code];

    /// <summary>
    /// This build's histories and ended powers for the next build (<c>serve</c>'s <see cref="PowerList.Site.Pipeline.WarmBuild.Versions"/>),
    /// when there are no releases; null with releases.
    /// </summary>
    public Unreleased? Carried => Timeline.Releases.IsEmpty ? new Unreleased(Timeline.Current.Lists, Histories, Ended) : null;

    public EndedPower? EndedPower(string code) => _endedByCode.Value.GetValueOrDefault(code);

    /// <summary>The page of the current site that a historical page at <paramref name="url"/> links to: the same URL when the current site has it, else the home page.</summary>
    public string CurrentPage(string url)
    {
        var page = url.Contains("/page/", StringComparison.Ordinal) ? url[..(url.IndexOf("/page/", StringComparison.Ordinal) + 1)] : url;
        return _currentUrls.Value.Contains(page) ? page : SiteUrls.Home;
    }

    public UInt128 Of(Identity identity) => identity.Kind switch
    {
        IdentityKind.Releases or IdentityKind.Release or IdentityKind.History or IdentityKind.EntryLink
            or IdentityKind.Ended or IdentityKind.EndedPower or IdentityKind.CurrentPage => _hashes.GetOrAdd(identity, Derive),
        IdentityKind.Deferred => new KeyWriter(nameof(IdentityKind.Deferred)).Add(DeferDownloads).Hash(),
        IdentityKind.Preview => new KeyWriter(nameof(IdentityKind.Preview)).Add(Preview).Hash(),
        _ => Site.Of(identity),
    };

    /// <summary>The current lists and each release's version and snapshot hash (<see cref="IIdentityHashes.Basis"/>).</summary>
    public object? Basis => new Compared(Timeline.Current.Lists, [.. Timeline.Releases.Select(r => (r.Version, r.Key))]);

    /// <summary>
    /// With the same releases (each by its snapshot's hash) and lists whose changes are known (<see cref="SiteData.Changes"/>):
    /// an entry's link and, without releases, its history and its ended power follow from the entries of its code alone;
    /// without releases the ended powers are the current public entries that record an ending, in file order
    /// (<see cref="EndedPowers.Of"/>), so they change only when a changed file has such an entry; the current page a
    /// historical page links to changes only when some code's page is added or removed. Every other versions kind is asked.
    /// </summary>
    public Func<Identity, bool>? ChangedSince(object basis)
    {
        if (basis is not Compared before || before.Sides.Length != Timeline.Releases.Length || Site.Changes(before.Lists) is not { } changes)
        {
            return null;
        }

        for (var i = 0; i < before.Sides.Length; i++)
        {
            var side = Timeline.Releases[i];
            if (side.Key is null || !string.Equals(before.Sides[i].Key, side.Key, StringComparison.Ordinal) || !string.Equals(before.Sides[i].Version, side.Version, StringComparison.Ordinal))
            {
                return null;
            }
        }

        var releases = !Timeline.Releases.IsEmpty;
        return identity => identity.Kind switch
        {
            IdentityKind.History => releases || changes.Code(identity.Key),
            IdentityKind.Ended => releases || changes.EndingChanged,
            IdentityKind.EndedPower => releases || changes.Code(identity.Key),
            IdentityKind.EntryLink => changes.Code(identity.Key),
            IdentityKind.CurrentPage => changes.PublishedChanged,
            IdentityKind.Release or IdentityKind.Releases => false,
            _ => changes.Touches(identity),
        };
    }

    /// <summary>The histories and ended powers of lists without releases (<see cref="Carried"/>).</summary>
    public sealed record Unreleased(Model.ListSet Lists, IReadOnlyList<EntryHistory> Histories, IReadOnlyList<EndedPower> Ended);

    private sealed record Compared(Model.ListSet Lists, (string Version, string? Key)[] Sides);

    private UInt128 Derive(Identity identity)
    {
        var key = new KeyWriter(identity.Kind.ToString(), 64); // one per history or link: most keys are a name and a flag
        switch (identity.Kind)
        {
            case IdentityKind.Releases:
                key.Add(Timeline.Releases.Length);
                foreach (var release in Timeline.Releases)
                {
                    key.Add(Of(new Identity(IdentityKind.Release, release.Version)));
                }

                break;
            case IdentityKind.Release:
                var side = Timeline.Releases.FirstOrDefault(r => r.Version == identity.Key);
                if (side is null)
                {
                    key.Add(false);
                }
                else if (side.Key is { } snapshot)
                {
                    // A verified snapshot's content hash names its lists exactly.
                    key.Add(true).Add(snapshot);
                }
                else
                {
                    // No snapshot (a timeline made in memory): its lists in full.
                    var lists = side.Lists;
                    key.Add(true).Add(side.Version).Add(side.Date).Add(side.Title).Add(side.Document).AddModel(lists.Site);
                    foreach (var record in lists.Entries.Cast<object>().Concat(lists.Laws).Concat(lists.Departments).Concat(lists.Categories))
                    {
                        key.AddModel(record);
                    }
                }

                break;
            case IdentityKind.History:
                key.Add(Timeline.Releases.IsEmpty);
                if (Timeline.Releases.IsEmpty)
                {
                    // No release: a code's history is only its first appearance in the current lists (EntryHistory.Build),
                    // and its page shows the current name. Known from the entry alone, so an edit costs one lookup per
                    // history page, not a history derived and hashed for every code.
                    if (Timeline.Current.Lists.PublicByCode.TryGetValue(identity.Key, out var entry))
                    {
                        key.Add(entry.Name);
                    }
                }
                else if (_byCode.Value.TryGetValue(identity.Key, out var history))
                {
                    key.Add(history.Name).Add(ModelHash.Of(history.History));
                }

                break;
            case IdentityKind.EntryLink:
                key.Add(Links.Entry(identity.Key)).Add(Links.IsCurrent(identity.Key));
                break;
            case IdentityKind.Ended:
                key.Add(Ended.Count);
                foreach (var power in Ended)
                {
                    key.Add(ModelHash.Of(power));
                }

                break;
            case IdentityKind.EndedPower:
                key.AddModel(EndedPower(identity.Key));
                break;
            case IdentityKind.CurrentPage:
                key.Add(CurrentPage(identity.Key));
                break;
        }

        return key.Hash();
    }

    private Dictionary<string, (EntryHistory, string)> Names()
    {
        var publicNow = Timeline.Current.Lists.PublicByCode;
        var fromReleases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var release in Timeline.Releases)
        {
            foreach (var e in release.Lists.PublicEntries)
            {
                fromReleases[e.Code] = e.Name;
            }
        }

        var byCode = new Dictionary<string, (EntryHistory, string)>(Histories.Count, StringComparer.Ordinal);
        foreach (var history in Histories)
        {
            var name = publicNow.TryGetValue(history.Code, out var now) ? now.Name : fromReleases.GetValueOrDefault(history.Code, history.Code);
            byCode[history.Code] = (history, name);
        }

        return byCode;
    }

    private static HashSet<string> CurrentUrls(Model.ListSet lists)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal) { SiteUrls.Home, SiteUrls.About, SiteUrls.Search, SiteUrls.Laws };
        urls.UnionWith(lists.PublicEntries.Select(e => SiteUrls.Entry(e.Code)));
        urls.UnionWith(lists.Categories.Select(c => SiteUrls.Category(c.Code)));
        urls.UnionWith(lists.Departments.Select(d => SiteUrls.Department(d.Id)));
        urls.UnionWith(lists.Laws.Select(l => SiteUrls.Law(l.Id)));
        return urls;
    }
}
