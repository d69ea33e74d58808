using System.Text;
using PowerList.Diagnostics;
using PowerList.Export;
using PowerList.Model;
using PowerList.Output;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Site.Pages;
using PowerList.Site.Pipeline;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;
using PowerList.Versions.Snapshots;

namespace PowerList.Versions.Pages;

/// <summary>
/// The versions part of the site, from the releases the Load stage read (<see cref="ReleaseLoader"/>; a damaged
/// releases.yaml or snapshot is an error there, which stops the build before anything is written): the versions page, compare pages for the pre-rendered pairs
/// (<see cref="ReleaseTimeline.Pairs"/>), a history page per entry, every release's copy of the site under
/// <c>v/&lt;version&gt;/</c> with a banner, the Atom feed, SVG charts, and open-data downloads (<see cref="OpenDataOutputs"/>)
/// of the current lists and of each release, and per comparison (JSON, CSV).
/// Only public entries appear anywhere.
/// </summary>
public sealed class VersionsContributor : IPlannedContributor, IWarmContributor, ITimedContributor
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TemplateSet _templates;
    private readonly PageOptions _options;
    private readonly LoadedReleases? _releases;
    private readonly bool _preview;
    private WarmBuild? _warm;
    private Diagnostics.TimingLog? _timings;
    private VersionsData? _data;
    private (ListSet Lists, bool Deferred, PlannedOutput[] Outputs)? _downloads;

    /// <param name="releases">The releases loaded with the lists (<c>LoadResult.Releases</c>); when null they are loaded
    /// here, and any problem with them throws: a caller that skipped the Load stage must not lose releases in silence.</param>
    /// <param name="preview">True for <c>serve</c>: also the page 未发布的变化 (<see cref="SiteUrls.Unreleased"/>), linked from
    /// the versions page; <c>build</c> never writes it.</param>
    public VersionsContributor(TemplateSet templates, PageOptions? options = null, LoadedReleases? releases = null, bool preview = false)
    {
        _templates = templates;
        _options = options ?? new PageOptions();
        _releases = releases;
        _preview = preview;
    }

    public string Name => "versions";

    /// <summary>In a warm process, the releases' search indexes and the entries' hashes are kept between builds (<see cref="WarmBuild"/>).</summary>
    public void UseWarm(WarmBuild warm) => _warm = warm;

    /// <summary>Times the comparisons of versions (<see cref="ReleaseTimeline"/>) and the site's index and hashes.</summary>
    public void UseTimings(Diagnostics.TimingLog? timings) => _timings = timings;

    /// <summary>
    /// The templates and options, as the page renderer that draws the historical copies sees them. Not whether this is
    /// serve's preview: only the versions page shows that, and it reads it (<see cref="VersionsView.Preview"/>), so
    /// serve's first build over a site that <c>build</c> made keeps every other versions output.
    /// </summary>
    public string Fingerprint => "versions/2\n" + new PagesContributor(_templates, _options, CopyFeatures).Fingerprint;

    /// <summary>What a release's copy offers: search (its own index), no versions pages.</summary>
    private static readonly SiteFeatures CopyFeatures = new(Search: true, Versions: false);

    public IEnumerable<OutputFile> Contribute(ListSet lists) =>
        Plan(lists).Select(p => new OutputFile(p.Path, p.Render()));

    /// <summary>
    /// Every file, unrendered. Each is made from a <see cref="VersionsView"/> that records what it reads, so the build
    /// makes it again exactly when something it read changed (<see cref="IncrementalSession"/>).
    /// </summary>
    public IEnumerable<PlannedOutput> Plan(ListSet lists)
    {
        return Plan(Timeline(lists));
    }

    private ReleaseTimeline Timeline(ListSet lists)
    {
        if (_data is { } known && known.Timeline.Current.Lists == lists)
        {
            return known.Timeline;
        }

        var releases = _releases ?? ReleaseLoader.Load(lists.Root);
        if (releases.HasErrors)
        {
            throw new InvalidOperationException(
                "The releases have errors; load them with the lists (ListCheck) and stop on errors before building: " +
                releases.Diagnostics.First(d => d.IsError).Format(lists.Root));
        }

        return ReleaseTimeline.Of(releases, lists, _timings);
    }

    public IEnumerable<PlannedOutput> Plan(ReleaseTimeline timeline)
    {
        var data = Data(timeline);
        var frames = new PageFrames(timeline.Current.Lists.Site, new SiteFeatures(false, true));

        yield return Page(data, frames, "versions", SiteUrls.Versions, v => VersionsPageModel.Create(v.Timeline, v.Frames, [.. v.Timeline.Pairs()], v.Preview));
        if (_preview && timeline.Latest is { } latest)
        {
            yield return Page(data, frames, "compare", SiteUrls.Unreleased, v => ComparePageModel.Create(v.Diff(latest, timeline.Current), v.Frames, v.Links, v.Sides, draft: true));
        }

        foreach (var (from, to) in timeline.Pairs())
        {
            yield return Page(data, frames, "compare", SiteUrls.Compare(from.Version, to.Version), v => ComparePageModel.Create(v.Diff(from, to), v.Frames, v.Links, v.Sides));
            // The comparison's downloads read the two versions alone: made once per pair of snapshots.
            yield return Recorded(data, frames, VersionUrls.CompareJson(from.Version, to.Version), v => Formatting.DiffJson.Write(v.Diff(from, to)));
            yield return Recorded(data, frames, VersionUrls.CompareCsv(from.Version, to.Version), v => ReleaseDownloads.DiffCsvBytes(v.Diff(from, to)));
        }

        foreach (var entryHistory in data.Histories)
        {
            var code = entryHistory.Code;
            yield return Recorded(data, frames, SiteUrls.FileOf(VersionUrls.EntryHistory(code)), v =>
            {
                var (history, name) = v.History(code);
                return _templates.RenderUtf8("history", HistoryPageModel.Create(history, name, v.Frames, v.Links));
            });
        }

        // No code that was ever published answers 404: ended powers' status pages and their lists (已调整事项).
        foreach (var power in data.Ended)
        {
            if (!power.InCurrentLists)
            {
                var code = power.Code;
                yield return Page(data, frames, "ended", SiteUrls.Entry(code), v => EndedPageModels.Status(v.EndedPower(code)!, v));
            }
        }

        if (_warm is not null)
        {
            _warm.Versions = data.Carried; // both made by now (the pages above)
        }

        yield return Page(data, frames, "ended-list", SiteUrls.Ended, v => EndedPageModels.List(v, null));
        foreach (var department in timeline.Current.Lists.Departments)
        {
            var id = department.Id;
            yield return Page(data, frames, "ended-list", SiteUrls.DepartmentEnded(id), v => EndedPageModels.List(v, v.Site.Department(id)));
        }

        yield return Recorded(data, frames, VersionUrls.CategoryChart, v => Utf8.GetBytes(SvgChart.Write(Charts(v).Item1)));
        yield return Recorded(data, frames, VersionUrls.DepartmentChart, v => Utf8.GetBytes(SvgChart.Write(Charts(v).Item2)));
        yield return Recorded(data, frames, VersionUrls.Feed, v => AtomFeed.Write(v.ReleaseSteps, v.Site.Site));
        foreach (var department in timeline.Current.Lists.Departments)
        {
            var id = department.Id;
            yield return Recorded(data, frames, AtomFeed.DepartmentPath(id), v => AtomFeed.Write(v.ReleaseSteps, v.Site.Site, v.Site.Department(id)));
        }

        foreach (var file in CurrentDownloads(timeline.Current.Lists))
        {
            yield return file;
        }

        _downloads = null; // made: what they hold (the export table) goes with them

        foreach (var release in timeline.Releases)
        {
            // Public entries only: JSON, CSV (one row per entry, companion tables), XLSX (the table import reads back), datapackage.json.
            foreach (var file in OpenDataOutputs.Release(release))
            {
                yield return file;
            }

            // Historical copies have their own search index (their search page searches that version) and no versions
            // pages of their own: the banner links to ours.
            var pages = new PagesContributor(_templates, _options, CopyFeatures).Plan(release.Lists);
            foreach (var file in HistoricalCopy.Move(pages, release, data, frames))
            {
                yield return file;
            }

            var version = release.Version;
            foreach (var file in (_warm?.ReleaseIndexes ?? new ReleaseIndexMemo()).Files(release))
            {
                var content = file.Content;
                yield return Recorded(data, frames, SiteUrls.Release(version) + file.Path, v =>
                {
                    v.Side(release);
                    return content;
                });
            }
        }
    }

    /// <summary>
    /// The current downloads, which a clean build makes ahead, beside the history pages (each is seconds of one core at
    /// 100,000 entries, and they come last); not when they are deferred (serve).
    /// </summary>
    public IReadOnlyList<PlannedOutput> Ahead(ListSet lists) => _warm?.DeferDownloads == true ? [] : CurrentDownloads(lists);

    /// <summary>The current downloads' outputs, the same objects for <see cref="Ahead"/> and <see cref="Plan(ListSet)"/> of one build.</summary>
    private IReadOnlyList<PlannedOutput> CurrentDownloads(ListSet lists)
    {
        var deferred = _warm?.DeferDownloads == true;
        if (_downloads is not { } known || known.Lists != lists || known.Deferred != deferred)
        {
            _downloads = known = (lists, deferred, [.. OpenDataOutputs.Current(lists, deferred)]);
        }

        return known.Outputs;
    }

    /// <summary>The hashes of what the versions outputs read: the versions data, which answers for the current lists' records too.</summary>
    public IIdentityHashes Dependencies(ListSet lists) => _data is { } data && data.Site.Index.Lists == lists ? data : Data(Timeline(lists));

    private VersionsData Data(ReleaseTimeline timeline)
    {
        var defer = _warm?.DeferDownloads == true;
        if (_data is { } known && known.Timeline == timeline && known.DeferDownloads == defer)
        {
            return known;
        }

        return _data = new VersionsData(timeline, SiteData.Of(timeline.Current.Lists, _warm, _timings), defer, _preview, _warm?.Versions);
    }

    private static readonly object ChartsKey = new();

    private static (ChartData, ChartData) Charts(VersionsView v)
    {
        var timeline = v.Timeline;
        return v.Site.Memo(ChartsKey, () => new Tuple<(ChartData, ChartData)>(ChartData.Of(timeline))).Item1;
    }

    /// <summary>A page: its template <paramref name="kind"/> and its model, built from the recording view.</summary>
    private PlannedOutput Page(VersionsData data, PageFrames frames, string kind, string url, Func<VersionsView, object> model) =>
        Recorded(data, frames, SiteUrls.FileOf(url), v => _templates.RenderUtf8(kind, model(v)));

    /// <summary>A file made from the recording view (see <see cref="VersionsView"/>).</summary>
    private static PlannedOutput Recorded(VersionsData data, PageFrames frames, string path, Func<VersionsView, byte[]> make) =>
        PlannedOutput.Recorded(path, read => make(new VersionsView(data, frames, read)));
}
