using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>The model of <c>versions/</c>: the timeline of releases, counts of each type of change, compare links and form, charts with their tables.</summary>
public static class VersionsPageModel
{
    public static object Create(ReleaseTimeline timeline, PageFrames frames, IReadOnlyList<(VersionSide From, VersionSide To)> pairs)
    {
        var url = SiteUrls.Versions;
        string Link(string to) => SiteUrls.Relative(url, to);
        var (byCategory, byDepartment) = ChartData.Of(timeline);
        var latestStep = timeline.Latest is { } latest ? timeline.Diff(latest, timeline.Current) : null;
        var latestSummary = latestStep is null ? null : DiffSummary.Of(latestStep);
        var defaultFrom = timeline.Releases.Length >= 2 ? timeline.Releases[^2].Version : timeline.Latest?.Version ?? "";
        var defaultTo = timeline.Releases.Length >= 2 ? timeline.Releases[^1].Version : VersionNames.Current;
        return new
        {
            frame = frames.For("versions", url, "历史版本和变化", "每次公布的权责清单版本、各版本之间的变化（新增、取消、下放、调整、合并）和可下载的数据。"),
            typeHeaders = AdjustmentType.All,
            releases = timeline.Releases.Reverse().Select(r =>
            {
                var previous = timeline.Previous(r);
                var summary = previous is null ? null : DiffSummary.Of(timeline.Diff(previous, r));
                return new
                {
                    r.Version,
                    r.Date,
                    r.Title,
                    r.Document,
                    PublicEntries = r.Lists.InForceEntries.Count,
                    BrowseHref = Link(SiteUrls.Release(r.Version)),
                    Previous = previous?.Version ?? "",
                    CompareHref = previous is null ? "" : Link(SiteUrls.Compare(previous.Version, r.Version)),
                    Total = summary?.Total ?? 0,
                    Counts = summary is null ? [] : VersionLinks.Counts(summary),
                    Json = Link(VersionUrls.ReleaseJson(r.Version)),
                    Csv = Link(VersionUrls.ReleaseCsv(r.Version)),
                    Xlsx = Link(VersionUrls.ReleaseXlsx(r.Version)),
                    DataPackage = Link(VersionUrls.ReleaseDataPackage(r.Version)),
                };
            }).ToList(),
            current = new
            {
                PublicEntries = timeline.Current.Lists.InForceEntries.Count,
                Latest = timeline.Latest?.Version ?? "",
                Total = latestSummary?.Total ?? 0,
                Counts = latestSummary is null ? [] : VersionLinks.Counts(latestSummary),
                CompareHref = timeline.Latest is null ? "" : Link(SiteUrls.Compare(timeline.Latest.Version, VersionNames.Current)),
                Href = Link(SiteUrls.Home),
                Json = Link(VersionUrls.CurrentData(Export.OpenData.OpenDataFiles.Json)),
                Csv = Link(VersionUrls.CurrentData(Export.OpenData.OpenDataTables.EntriesName + ".csv")),
                Xlsx = Link(VersionUrls.CurrentData(Export.OpenData.OpenDataFiles.Xlsx)),
                DataPackage = Link(VersionUrls.CurrentData(Export.OpenData.DataPackage.Path)),
            },
            sides = timeline.Sides.Select(s => new { s.Version, Label = VersionLinks.Label(s), From = s.Version == defaultFrom, To = s.Version == defaultTo }).ToList(),
            compareBase = Link("compare/"),
            allPairs = pairs.Count == timeline.Sides.Count() * (timeline.Sides.Count() - 1) / 2,
            maxPairs = ReleaseTimeline.MaxAllPairs,
            pairs = pairs.Select(p => new
            {
                Label = $"{VersionLinks.Label(p.From)} → {VersionLinks.Label(p.To)}",
                Href = Link(SiteUrls.Compare(p.From.Version, p.To.Version)),
            }).ToList(),
            charts = new[] { (byCategory, VersionUrls.CategoryChart), (byDepartment, VersionUrls.DepartmentChart) }.Select(c => new
            {
                c.Item1.Title,
                Src = Link(c.Item2),
                c.Item1.RowHeader,
                Series = c.Item1.Series.ToList(),
                Rows = c.Item1.Rows.Select(r => new { r.Label, Values = r.Values.ToList() }).ToList(),
                Svg = ChartLayout.Of(c.Item1),
            }).ToList(),
            openData = Export.OpenData.OpenDataTables.All(includePrivate: false)
                .Select(t => new { t.Path, t.Title, t.Description, Href = Link(VersionUrls.CurrentData(t.Path)) }).ToList(),
            feedHref = Link(VersionUrls.Feed),
            endedHref = Link(SiteUrls.Ended),
            css = Link(SiteUrls.AssetsFolder + "versions.css"),
            script = Link(SiteUrls.AssetsFolder + "versions.js"),
        };
    }
}
