using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Versions.Diffing;
using PowerList.Versions.Formatting;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// The model of <c>compare/A...B/</c>: summary counts, counts by department and category, then the changed
/// entries grouped by type (sections with anchors, readable without script), each carrying its department,
/// category and type for the script's filters, and changed fields for the side-by-side and redline views.
/// </summary>
public static class ComparePageModel
{
    private static readonly Dictionary<string, string> Anchors = new(StringComparer.Ordinal)
    {
        [AdjustmentType.Added] = "added",
        [AdjustmentType.Abolished] = "abolished",
        [AdjustmentType.Delegated] = "delegated",
        [AdjustmentType.Adjusted] = "adjusted",
        [AdjustmentType.Merged] = "merged",
        [AdjustmentType.Transferred] = "transferred",
    };

    public static string Anchor(string type) => Anchors.TryGetValue(type, out var a) ? a : "other";

    public static object Create(ListDiff diff, PageFrames frames, VersionLinks links, IReadOnlyList<VersionSide> sides) =>
        Create(diff, frames, links, sides, draft: false);

    /// <summary>
    /// With <paramref name="draft"/>: the page 未发布的变化 (<see cref="SiteUrls.Unreleased"/>) that <c>serve</c> writes
    /// for staff, the same comparison (latest release → current lists) under its own title and address.
    /// </summary>
    public static object Create(ListDiff diff, PageFrames frames, VersionLinks links, IReadOnlyList<VersionSide> sides, bool draft)
    {
        var url = draft ? SiteUrls.Unreleased : SiteUrls.Compare(diff.From.Version, diff.To.Version);
        string Link(string to) => to.Length == 0 ? "" : SiteUrls.Relative(url, to);
        var names = new DiffNames(diff);
        var summary = DiffSummary.Of(diff);
        var title = $"{VersionLinks.Label(diff.From)} → {VersionLinks.Label(diff.To)}";
        var items = diff.All
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => Item(g.ToList(), names, links, Link))
            .ToList();
        var sections = AdjustmentType.All
            .Select(t => new { Type = t, Anchor = Anchor(t), Items = items.Where(i => i.Type == t).ToList() })
            .Where(s => s.Items.Count > 0)
            .Select(s => new { s.Type, s.Anchor, Count = s.Items.Count, s.Items })
            .ToList();
        return new
        {
            frame = draft
                ? frames.For("compare", url, "未发布的变化",
                    $"当前清单与最近公布的版本 {diff.From.Version} 相比尚未发布的变化，供编辑人员在发布前核对（仅在 powerlist serve 预览中提供）。", ("历史版本", SiteUrls.Versions))
                : frames.For("compare", url, "比较：" + title,
                    $"{title}：新增、取消、下放、调整、合并的权责事项，逐项列出变化内容和依据文件。", ("历史版本", SiteUrls.Versions)),
            draft,
            from = Side(diff.From, Link),
            to = Side(diff.To, Link),
            total = summary.Total,
            counts = AdjustmentType.All.Select(t => new { Type = t, Count = summary.Count(t), Anchor = Anchor(t) }).ToList(),
            typeHeaders = AdjustmentType.All,
            byDepartment = Groups(summary.ByDepartment),
            byCategory = Groups(summary.ByCategory),
            departments = items.Select(i => (i.DepartmentId, i.Department)).Distinct().OrderBy(x => x.DepartmentId, StringComparer.Ordinal)
                .Select(x => new { Id = x.DepartmentId, Name = x.Department }).ToList(),
            categories = items.Select(i => (i.CategoryId, i.Category)).Distinct().OrderBy(x => x.CategoryId, StringComparer.Ordinal)
                .Select(x => new { Id = x.CategoryId, Name = x.Category }).ToList(),
            types = AdjustmentType.All.Where(t => summary.Count(t) > 0).ToList(),
            sections,
            sides = sides.Select(s => new { s.Version, Label = VersionLinks.Label(s), From = s.Version == diff.From.Version, To = s.Version == diff.To.Version }).ToList(),
            compareBase = Link("compare/"),
            versionsHref = Link(SiteUrls.Versions),
            json = Link(VersionUrls.CompareJson(diff.From.Version, diff.To.Version)),
            csv = Link(VersionUrls.CompareCsv(diff.From.Version, diff.To.Version)),
            css = Link(SiteUrls.AssetsFolder + "versions.css"),
            script = Link(SiteUrls.AssetsFolder + "versions.js"),
        };
    }

    private static object Side(VersionSide side, Func<string, string> link) => new
    {
        side.Version,
        side.Date,
        side.Title,
        side.Document,
        Label = VersionLinks.Label(side),
        Href = link(VersionLinks.Browse(side)),
        Entries = side.Lists.InForceEntries.Count,
    };

    private static List<object> Groups(IEnumerable<DiffSummary.Group> groups) =>
        [.. groups.Select(g => (object)new { g.Name, g.Total, Counts = AdjustmentType.All.Select(t => g.ByType.GetValueOrDefault(t)).ToList() })];

    private sealed record ItemView(
        string Id, string Code, string Name, string Href, string HistoryHref, string Type, bool Inferred, string Kinds,
        string Department, string DepartmentId, string Category, string CategoryId, string Document, string Date, string Note,
        object? Moved, IReadOnlyList<object> Replaces, IReadOnlyList<object> Fields);

    private static ItemView Item(List<EntryChange> changes, DiffNames names, VersionLinks links, Func<string, string> link)
    {
        var c = changes[0];
        var moved = changes.FirstOrDefault(x => x.Kind == ChangeKind.Moved);
        var kinds = string.Join("、", changes.Select(x => x.Kind switch
        {
            ChangeKind.Added => "新列入",
            ChangeKind.Removed => "移出清单",
            ChangeKind.Changed => "内容变化",
            ChangeKind.Moved => "调整部门或类别",
            _ => "替代原事项",
        }));
        return new ItemView(
            "c-" + c.Code, c.Code, c.Name, link(links.Entry(c.Code)), link(VersionUrls.EntryHistory(c.Code)), c.Type, c.Inferred, kinds,
            names.Department(c.Department), c.Department, names.Category(c.Category), c.Category,
            c.Document, c.AdjustmentDate, c.Note,
            moved is null ? null : new
            {
                From = names.Department(moved.FromDepartment) + "·" + names.Category(moved.FromCategory),
                To = names.Department(moved.Department) + "·" + names.Category(moved.Category),
            },
            [.. changes.SelectMany(x => x.Replaces).Select(r => (object)new { r.Code, r.Name, Href = link(links.Entry(r.Code)) })],
            [.. changes.SelectMany(x => x.Fields).Select(f => (object)new
            {
                f.Label,
                Before = SegmentView.Before(f.Diff),
                After = SegmentView.After(f.Diff),
                Redline = SegmentView.Redline(f.Diff),
            })]);
    }
}
