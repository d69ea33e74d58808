using System.Text;
using PowerList.Diagnostics;
using PowerList.Export;
using PowerList.Model;
using PowerList.Output;
using PowerList.Building;
using PowerList.Site.Pages;
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
public sealed class VersionsContributor : IPlannedContributor, IWarmContributor
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TemplateSet _templates;
    private readonly PageOptions _options;
    private readonly LoadedReleases? _releases;
    private readonly bool _preview;
    private WarmBuild? _warm;

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

    /// <summary>In a warm process, entry history pages carry tokens (<see cref="HistoryTokens"/>).</summary>
    public void UseWarm(WarmBuild warm) => _warm = warm;

    /// <summary>The templates and options, as the page renderer that draws the historical copies sees them.</summary>
    public string Fingerprint => (_preview ? "versions/2 preview\n" : "versions/2\n") + new PagesContributor(_templates, _options, CopyFeatures).Fingerprint;

    /// <summary>What a release's copy offers: search (its own index), no versions pages.</summary>
    private static readonly SiteFeatures CopyFeatures = new(Search: true, Versions: false);

    public IEnumerable<OutputFile> Contribute(ListSet lists) =>
        Plan(lists).Select(p => new OutputFile(p.Path, p.Render()));

    /// <summary>Every file, unrendered; pages are keyed by their template kind and model (see <see cref="PageInputs"/>).</summary>
    public IEnumerable<PlannedOutput> Plan(ListSet lists)
    {
        var releases = _releases ?? ReleaseLoader.Load(lists.Root);
        if (releases.HasErrors)
        {
            throw new InvalidOperationException(
                "The releases have errors; load them with the lists (ListCheck) and stop on errors before building: " +
                releases.Diagnostics.First(d => d.IsError).Format(lists.Root));
        }

        return Plan(ReleaseTimeline.Of(releases, lists));
    }

    public IEnumerable<PlannedOutput> Plan(ReleaseTimeline timeline)
    {
        var site = timeline.Current.Lists.Site;
        var frames = new PageFrames(site, new SiteFeatures(false, true));
        var links = new Lazy<VersionLinks>(() => new VersionLinks(timeline), LazyThreadSafetyMode.ExecutionAndPublication);
        var pairs = timeline.Pairs().ToList();
        var sides = timeline.Sides.ToList();

        yield return Page("versions", SiteUrls.Versions, () => VersionsPageModel.Create(timeline, frames, pairs, _preview));
        if (_preview && timeline.Latest is { } latest)
        {
            yield return Page("compare", SiteUrls.Unreleased, () => ComparePageModel.Create(timeline.Diff(latest, timeline.Current), frames, links.Value, sides, draft: true));
        }

        foreach (var (from, to) in pairs)
        {
            var diff = new Lazy<ListDiff>(() => timeline.Diff(from, to), LazyThreadSafetyMode.ExecutionAndPublication);
            yield return Page("compare", SiteUrls.Compare(from.Version, to.Version), () => ComparePageModel.Create(diff.Value, frames, links.Value, sides));
            // The comparison's downloads depend on the two versions alone: made once per pair of snapshots.
            yield return new PlannedOutput(VersionUrls.CompareJson(from.Version, to.Version), () => Formatting.DiffJson.Write(diff.Value), OpenDataOutputs.ReleaseKey(from, "compare-json/1", "", to));
            yield return new PlannedOutput(VersionUrls.CompareCsv(from.Version, to.Version), () => ReleaseDownloads.DiffCsvBytes(diff.Value), OpenDataOutputs.ReleaseKey(from, "compare-csv/1", "", to));
        }

        // A history page shows the entry's name: the current one when it is public now, else the newest release's
        // (built only when such a page is keyed or rendered).
        var publicNow = timeline.Current.Lists.PublicByCode;
        var releaseNames = new Lazy<Dictionary<string, string>>(
            () =>
            {
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var release in timeline.Releases)
                {
                    foreach (var e in release.Lists.PublicEntries)
                    {
                        map[e.Code] = e.Name;
                    }
                }

                return map;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);

        var siteHash = ModelHash.Of(site);
        var tokens = _warm is not null && timeline.ReleasesKey is { } releases
            ? new HistoryTokens(timeline, releases, siteHash, ModelHashes.Of(timeline.Current.Lists, _warm))
            : null;
        var histories = _warm is null ? EntryHistory.Build(timeline) : _warm.Slot<HistoryMemo>(nameof(HistoryMemo)).Histories(timeline);
        var files = _warm?.Slot<PathMemo>("history-files").For(histories, h => h.Code, c => SiteUrls.FileOf(VersionUrls.EntryHistory(c)));
        for (var i = 0; i < histories.Count; i++)
        {
            var history = histories[i];
            string Name() => publicNow.TryGetValue(history.Code, out var now) ? now.Name : releaseNames.Value.GetValueOrDefault(history.Code, history.Code);
            yield return new PlannedOutput(
                files?[i] ?? SiteUrls.FileOf(VersionUrls.EntryHistory(history.Code)),
                () => Utf8.GetBytes(_templates.Render("history", HistoryPageModel.Create(history, Name(), frames, links.Value))),
                () => HistoryPageModel.Inputs(history, Name(), siteHash, links.Value),
                tokens is null ? null : () => tokens.Token(history));
        }

        // No code that was ever published answers 404: ended powers' status pages and their lists (已调整事项).
        var ended = EndedPowers.Of(timeline, histories);
        foreach (var power in ended)
        {
            if (!power.InCurrentLists)
            {
                var p = power;
                yield return Page("ended", SiteUrls.Entry(p.Code), () => EndedPageModels.Status(p, timeline.Current.Lists, frames, links.Value));
            }
        }

        yield return Page("ended-list", SiteUrls.Ended, () => EndedPageModels.List(ended, null, timeline.Current.Lists, frames, links.Value));
        foreach (var department in timeline.Current.Lists.Departments)
        {
            var d = department;
            yield return Page("ended-list", SiteUrls.DepartmentEnded(d.Id), () => EndedPageModels.List(ended, d, timeline.Current.Lists, frames, links.Value));
        }

        var charts = new Lazy<(ChartData, ChartData)>(() => ChartData.Of(timeline), LazyThreadSafetyMode.ExecutionAndPublication);
        yield return new PlannedOutput(VersionUrls.CategoryChart, () => Utf8.GetBytes(SvgChart.Write(charts.Value.Item1)));
        yield return new PlannedOutput(VersionUrls.DepartmentChart, () => Utf8.GetBytes(SvgChart.Write(charts.Value.Item2)));
        var steps = new Lazy<IReadOnlyList<ListDiff>>(() => AtomFeed.Steps(timeline), LazyThreadSafetyMode.ExecutionAndPublication);
        yield return new PlannedOutput(VersionUrls.Feed, () => AtomFeed.Write(steps.Value, site));
        foreach (var department in timeline.Current.Lists.Departments)
        {
            var d = department;
            yield return new PlannedOutput(AtomFeed.DepartmentPath(d.Id), () => AtomFeed.Write(steps.Value, site, d));
        }

        foreach (var file in OpenDataOutputs.Current(timeline.Current.Lists, _warm))
        {
            yield return file;
        }

        var current = new Lazy<CurrentPages>(() => new CurrentPages(timeline.Current.Lists), LazyThreadSafetyMode.ExecutionAndPublication);
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
            foreach (var file in HistoricalCopy.Move(pages, release, url => current.Value.Equivalent(url)))
            {
                yield return file;
            }

            var index = (_warm?.Slot<ReleaseIndexMemo>(nameof(ReleaseIndexMemo)) ?? new ReleaseIndexMemo()).Files(release);
            foreach (var file in index)
            {
                var f = file;
                yield return new PlannedOutput(SiteUrls.Release(release.Version) + f.Path, () => f.Content, () => f.Content);
            }
        }
    }

    private PlannedOutput Page(string kind, string url, Func<object> createModel)
    {
        var model = new Lazy<object>(createModel, LazyThreadSafetyMode.ExecutionAndPublication);
        return new PlannedOutput(
            SiteUrls.FileOf(url),
            () => Utf8.GetBytes(_templates.Render(kind, model.Value)),
            () => PageInputs.Of(kind, model.Value));
    }

    /// <summary>Which pages exist in the current site, to link a historical page to its current counterpart.</summary>
    private sealed class CurrentPages(ListSet lists)
    {
        private readonly HashSet<string> _urls = BuildUrls(lists);

        public string Equivalent(string url)
        {
            var page = url.Contains("/page/", StringComparison.Ordinal) ? url[..(url.IndexOf("/page/", StringComparison.Ordinal) + 1)] : url;
            return _urls.Contains(page) ? page : SiteUrls.Home;
        }

        private static HashSet<string> BuildUrls(ListSet lists)
        {
            var urls = new HashSet<string>(StringComparer.Ordinal) { SiteUrls.Home, SiteUrls.About, SiteUrls.Search, SiteUrls.Laws };
            urls.UnionWith(lists.PublicEntries.Select(e => SiteUrls.Entry(e.Code)));
            urls.UnionWith(lists.Categories.Select(c => SiteUrls.Category(c.Code)));
            urls.UnionWith(lists.Departments.Select(d => SiteUrls.Department(d.Id)));
            urls.UnionWith(lists.Laws.Select(l => SiteUrls.Law(l.Id)));
            return urls;
        }
    }
}
