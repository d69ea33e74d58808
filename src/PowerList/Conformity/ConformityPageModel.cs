using PowerList.Output;
using PowerList.Site.Pages;

namespace PowerList.Conformity;

/// <summary>
/// The model of <c>conformity/</c>: the jurisdiction's list against its standard catalogue, the four groups of a
/// <see cref="ConformityReport"/> with links to the entries, and the JSON download. Plain texts only (Handlebars escapes).
/// </summary>
public static class ConformityPageModel
{
    public static object Create(PageFrames frames, ConformityReport report)
    {
        var url = SiteUrls.Conformity;
        string Link(string to) => SiteUrls.Relative(url, to);
        object Group(string id, string title, string explain, IEnumerable<ConformityItem> items, bool entriesAreItems) => new
        {
            id,
            title,
            explain,
            count = items.Count(),
            items = items.Select(i => new
            {
                i.Code,
                i.Name,
                Levels = string.Join("、", i.Levels),
                Href = entriesAreItems ? Link(SiteUrls.Entry(i.Code)) : "",
                Entries = entriesAreItems ? [] : i.Entries.Select(code => new LinkView(code, Link(SiteUrls.Entry(code)))).ToList(),
            }).ToList(),
        };

        return new
        {
            frame = frames.For("conformity", url, "对照通用目录", $"{report.Jurisdiction}权责清单与《{report.Catalogue}》的对照：已实施、缺少、目录外和层级不符的事项。"),
            report.Jurisdiction,
            level = report.Level.Length > 0 ? report.Level : "未知层级",
            report.Catalogue,
            notApplicable = report.Applicable ? "" : report.NotApplicableNote,
            jsonHref = Link(SiteUrls.ConformityJson),
            csvHref = Link(SiteUrls.ConformityCsv),
            groups = new[]
            {
                Group("missing", "缺少", "目录交给本级实施、清单中却没有的事项。", report.Missing, false),
                Group("extra", "目录外", "清单中有、目录中没有的事项（现行事项中没有写目录编码的）。", report.Extra, true),
                Group("wrong-level", "层级不符", "清单中有，但目录没有把它交给本级实施的事项。", report.WrongLevel, false),
                Group("implemented", "已实施", "目录交给本级、清单中也有的事项。", report.Implemented, false),
            },
        };
    }
}
