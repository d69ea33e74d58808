using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Versions.Publishing;

namespace PowerList.Versions.Pages;

/// <summary>
/// Models of the pages of powers that ended: the status page at <c>entry/&lt;code&gt;/</c> of a code the current lists no
/// longer have (<c>pages/ended.hbs</c>), and the lists of ended powers (<c>pages/ended-list.hbs</c>): a department's
/// 已调整事项 and all of them in the versions section. An ended entry still in the lists has the entry page with its
/// status (<see cref="EntryPageModel"/>).
/// </summary>
public static class EndedPageModels
{
    public static object Status(EndedPower power, VersionsView view)
    {
        var (frames, links) = (view.Frames, view.Links);
        var url = SiteUrls.Entry(power.Code);
        string Link(string to) => to.Length == 0 ? "" : SiteUrls.Relative(url, to);
        var label = EntryStatus.Label(power.Status);
        var department = view.Site.DepartmentName(power.Department);
        return new
        {
            frame = frames.For("ended", url, $"{power.Name}（{label}）", $"“{power.Name}”（{power.Code}）{label}，不再是现行职权。", (department, SiteUrls.DepartmentEnded(power.Department))),
            power = Row(power, view, url, links),
            lastHref = power.LastRelease.Length > 0 ? Link(VersionUrls.In(power.LastRelease, url)) : "",
            power.LastRelease,
            historyHref = Link(VersionUrls.EntryHistory(power.Code)),
            departmentHref = view.Site.Department(power.Department) is not null ? Link(SiteUrls.DepartmentEnded(power.Department)) : "",
            department,
        };
    }

    /// <summary>A department's 已调整事项 (<paramref name="department"/> set) or every ended power (<paramref name="department"/> null).</summary>
    public static object List(VersionsView view, Department? department)
    {
        var (powers, frames, links) = (view.Ended, view.Frames, view.Links);
        var url = department is null ? SiteUrls.Ended : SiteUrls.DepartmentEnded(department.Id);
        var title = department is null ? "已调整事项（全部部门）" : $"{department.Name}：已调整事项";
        var frame = department is null
            ? frames.For("ended-list", url, title, "已取消、合并、下放或转移、不再是现行职权的全部事项。", ("历史版本", SiteUrls.Versions))
            : frames.For("ended-list", url, title, $"{department.Name}已取消、合并、下放或转移的事项。", (department.Name, SiteUrls.Department(department.Id)));
        var shown = department is null ? powers : powers.Where(p => p.Department == department.Id).ToList();
        return new
        {
            frame,
            count = shown.Count,
            counts = EntryStatus.All.Skip(1).Select(s => new { Label = EntryStatus.Label(s), Count = shown.Count(p => p.Status == s) }).Where(c => c.Count > 0).ToList(),
            rows = shown.Select(p => Row(p, view, url, links)).ToList(),
            allHref = department is null ? "" : SiteUrls.Relative(url, SiteUrls.Ended),
        };
    }

    private static object Row(EndedPower p, VersionsView view, string fromUrl, VersionLinks links) => new
    {
        p.Code,
        p.Name,
        Href = SiteUrls.Relative(fromUrl, SiteUrls.Entry(p.Code)),
        StatusLabel = EntryStatus.Label(p.Status),
        p.Type,
        p.Date,
        p.Document,
        p.Reason,
        p.To,
        p.Recorded,
        Department = view.Site.DepartmentName(p.Department),
        Successors = p.Successors.Select(code => new LinkView(code, links.Entry(code) is { Length: > 0 } to ? SiteUrls.Relative(fromUrl, to) : "")).ToList(),
    };
}
