using PowerList.Building.Dependencies;
using PowerList.Site.Pages;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The versions part of the site's data as one output sees it (the counterpart of <see cref="SiteView"/>, which it
/// carries for the current lists' records): every accessor notes the identity of what it returns in the output's
/// <see cref="ReadSet"/>, so the build renders the output again exactly when one of them changes. A release is
/// identified by its snapshot's content hash: what reads releases alone (a comparison of two releases, a release's
/// downloads and copy) is made once and reused while those snapshots stay the same.
/// </summary>
public sealed class VersionsView
{
    private readonly VersionsData _data;
    private readonly ReadSet _read;

    public VersionsView(VersionsData data, PageFrames frames, ReadSet read)
    {
        _data = data;
        _read = read;
        Site = new SiteView(data.Site, frames, read);
        Links = new VersionLinks(data.Links, read);
    }

    /// <summary>The current lists' records and the page frames, recorded as every page records them.</summary>
    public SiteView Site { get; }

    /// <summary>Where each code can be read (each call records the code's <see cref="IdentityKind.EntryLink"/>).</summary>
    public VersionLinks Links { get; }

    /// <summary>Page frames: they show the site settings.</summary>
    public PageFrames Frames => Site.Frames;

    /// <summary>Every release and the current lists in full: for what summarizes them all (the versions page, feeds, charts).</summary>
    public ReleaseTimeline Timeline
    {
        get
        {
            _read.Add(IdentityKind.Releases);
            _read.Add(IdentityKind.Lists);
            return _data.Timeline;
        }
    }

    /// <summary>Whether this build is <c>serve</c>'s preview, which links the pages for staff only (未发布的变化).</summary>
    public bool Preview
    {
        get
        {
            _read.Add(IdentityKind.Preview);
            return _data.Preview;
        }
    }

    /// <summary>The versions in order, current last, for labels and choices (not their lists).</summary>
    public IReadOnlyList<VersionSide> Sides
    {
        get
        {
            _read.Add(IdentityKind.Releases);
            return [.. _data.Timeline.Sides];
        }
    }

    /// <summary>Each release against the one before it, newest first (the current lists are not a step): what the feeds show.</summary>
    public IReadOnlyList<ListDiff> ReleaseSteps
    {
        get
        {
            _read.Add(IdentityKind.Releases);
            var releases = _data.Timeline.Releases;
            var steps = new List<ListDiff>(Math.Max(0, releases.Length - 1));
            for (var i = releases.Length - 1; i >= 1; i--)
            {
                steps.Add(_data.Timeline.Diff(releases[i - 1], releases[i]));
            }

            return steps;
        }
    }

    /// <summary>One side of a comparison: a release (its snapshot) or the current lists (in full).</summary>
    public VersionSide Side(VersionSide side)
    {
        if (side.IsCurrent)
        {
            _read.Add(IdentityKind.Lists);
        }
        else
        {
            _read.Add(IdentityKind.Release, side.Version);
        }

        return side;
    }

    /// <summary>The comparison of two versions: reads both.</summary>
    public ListDiff Diff(VersionSide from, VersionSide to) => _data.Timeline.Diff(Side(from), Side(to));

    /// <summary>An entry's history and the name its page shows.</summary>
    public (EntryHistory History, string Name) History(string code)
    {
        _read.Add(IdentityKind.History, code);
        return _data.History(code);
    }

    /// <summary>Every power that ended, by code.</summary>
    public IReadOnlyList<EndedPower> Ended
    {
        get
        {
            _read.Add(IdentityKind.Ended);
            return _data.Ended;
        }
    }

    public EndedPower? EndedPower(string code)
    {
        _read.Add(IdentityKind.EndedPower, code);
        return _data.EndedPower(code);
    }

    /// <summary>The current site's page a historical page at <paramref name="url"/> links to (see <see cref="VersionsData.CurrentPage"/>).</summary>
    public string CurrentPage(string url)
    {
        _read.Add(IdentityKind.CurrentPage, url);
        return _data.CurrentPage(url);
    }
}
