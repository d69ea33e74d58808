using PowerList.Output;
using PowerList.Building;
using PowerList.Site.Pages;
using PowerList.Versions.Diffing;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>The model of <c>entry/&lt;code&gt;/history/</c>: when the power appeared and each change since, with the document.</summary>
public static class HistoryPageModel
{
    public static object Create(EntryHistory history, string name, PageFrames frames, VersionLinks links)
    {
        var url = VersionUrls.EntryHistory(history.Code);
        string Link(string to) => to.Length == 0 ? "" : SiteUrls.Relative(url, to);
        var entryHref = Link(links.Entry(history.Code));
        var trail = links.IsCurrent(history.Code)
            ? new[] { ("历史版本", SiteUrls.Versions), (name, SiteUrls.Entry(history.Code)) }
            : new[] { ("历史版本", SiteUrls.Versions) };
        return new
        {
            frame = frames.For("history", url, $"{name}：变化记录", $"“{name}”（{history.Code}）在各版本权责清单中的列入、调整和取消记录。", trail),
            entry = new { history.Code, Name = name, Href = entryHref, IsCurrent = links.IsCurrent(history.Code) },
            events = history.Events.Reverse().Select(e => new
            {
                e.Version,
                e.Date,
                VersionLabel = e.Version == VersionNames.Current ? "当前清单（尚未作为版本公布）" : e.Version,
                Label = e.FirstAppearance && e.Type.Length == 0 ? (e.Version == VersionNames.Current ? "列入清单" : "首次列入") : e.ReplacedBy.Length > 0 ? $"{e.Type}：并入 {e.ReplacedBy}" : e.Type,
                e.Inferred,
                e.Document,
                e.AdjustmentDate,
                e.Note,
                Fields = string.Join("、", e.Fields.Distinct()),
                Moved = e.Kinds.Contains(ChangeKind.Moved),
                Removed = e.Kinds.Contains(ChangeKind.Removed),
                Replaces = e.Replaces.Select(r => new { r.Code, r.Name, Href = Link(links.Entry(r.Code)) }).ToList(),
                ReplacedBy = e.ReplacedBy,
                ReplacedByHref = e.ReplacedBy.Length > 0 ? Link(links.Entry(e.ReplacedBy)) : "",
                CompareHref = e.FirstAppearance && e.Type.Length == 0 ? Link(VersionLinks.Browse(e.Version)) : Link(CompareUrl(e)),
                CompareLabel = e.FirstAppearance && e.Type.Length == 0 ? (e.Version == VersionNames.Current ? "查看当前清单" : "查看该版本") : "查看这次变化",
            }).ToList(),
            versionsHref = Link(SiteUrls.Versions),
            css = Link(SiteUrls.AssetsFolder + "versions.css"),
        };
    }

    // The event's step is (previous version → e.Version); the page links to its compare page, anchored at the entry.
    private static string CompareUrl(EntryHistory.Event e) => e.CompareFrom.Length == 0 ? SiteUrls.Versions : SiteUrls.Compare(e.CompareFrom, e.Version) + "#c-" + e.Code;
}
