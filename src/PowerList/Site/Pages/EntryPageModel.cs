using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Diagrams;

namespace PowerList.Site.Pages;

/// <summary>The model of an entry page (<c>pages/entry.hbs</c>): every field of the entry, laid out for reading.</summary>
public static class EntryPageModel
{
    /// <summary>The page of the public entry <paramref name="code"/>, read through <paramref name="view"/>.</summary>
    public static object Create(SiteView view, string code)
    {
        var entry = view.Entry(code) ?? throw new ArgumentException($"no public entry {code}", nameof(code));
        var frames = view.Frames;
        var url = SiteUrls.Entry(entry.Code);
        string Link(string to) => SiteUrls.Relative(url, to);
        var categoryName = view.CategoryName(entry.Category);
        var department = view.Department(entry.Department);
        var departmentName = department?.Name ?? entry.Department;
        var frame = frames.For(
            "entry",
            url,
            entry.Ended is { } ending ? $"{entry.Name}（{EntryStatus.Label(EntryStatus.OfType(ending.Type))}）" : entry.Name,
            $"{departmentName}·{categoryName}：{entry.Name}（{entry.Code}）",
            (categoryName, SiteUrls.Category(entry.Category)),
            (departmentName, SiteUrls.Department(entry.Department)));

        var site = view.Site;
        var remediesDefault = entry.Remedies.IsDefaultOrEmpty;
        var contact = ContactView.For(site, department, entry.Code, entry.Supervision?.Phone ?? "");
        var phone = contact.SupervisionPhone;
        var canonical = frame.Canonical.Length > 0 ? frame.Canonical : url;
        return new
        {
            frame,
            entry = new
            {
                entry.Code,
                entry.Name,
                Category = new LinkView(categoryName, Link(SiteUrls.Category(entry.Category))),
                Department = new LinkView(departmentName, Link(SiteUrls.Department(entry.Department))),
                entry.Subject,
                entry.Handler,
                Levels = entry.Levels.Select(l => new { l.Name, l.Scope, l.Subject }).ToList(),
                entry.Duties,
                SubItems = entry.SubItems.Select(si => new
                {
                    si.Code,
                    si.Name,
                    Basis = Citations(view, url, si.Basis),
                    si.Notes,
                }).ToList(),
                Basis = Citations(view, url, entry.Basis),
                Responsibilities = entry.Responsibilities.Select(r => new { r.Stage, r.Content, r.Basis }).ToList(),
                entry.Accountable,
                entry.Accountability,
                Process = ProcessDiagram.Create(entry.Process),
                Fees = entry.Fees is null ? null : new
                {
                    entry.Fees.Charged,
                    entry.Fees.Basis,
                    entry.Fees.Standard,
                },
                Supervision = new
                {
                    Method = entry.Supervision?.Method ?? "",
                    Phone = phone,
                    PhoneHref = TelHref(phone),
                },
                Remedies = remediesDefault ? site.DefaultRemedies.ToList() : entry.Remedies.ToList(),
                RemediesAreDefault = remediesDefault,
                entry.Notes,
                GuideUrl = Validation.Rules.ContactRule.IsWebUrl(entry.GuideUrl) ? entry.GuideUrl : "",
                OnlineUrl = Validation.Rules.ContactRule.IsWebUrl(entry.OnlineUrl) ? entry.OnlineUrl : "",
                Adjustments = entry.Adjustments
                    .OrderByDescending(a => a.Date, StringComparer.Ordinal)
                    .Select(a => new
                    {
                        a.Type,
                        a.Document,
                        a.Date,
                        a.Note,
                        Replaces = a.Replaces.Select(code => view.IsPublished(code)
                            ? new LinkView(code, Link(SiteUrls.Entry(code)))
                            : new LinkView(code, "")).ToList(),
                    }).ToList(),
                Extra = entry.Extra.Select(kv => new { Key = kv.Key, kv.Value }).ToList(),
            },
            status = entry.Ended is { } end ? new
            {
                Id = EntryStatus.OfType(end.Type),
                IsMerged = end.Type == AdjustmentType.Merged,
                Label = EntryStatus.Label(EntryStatus.OfType(end.Type)),
                end.Type,
                end.Date,
                end.Document,
                end.Reason,
                end.To,
                Successors = end.Successors.Select(code => view.IsPublished(code)
                    ? new LinkView(code, Link(SiteUrls.Entry(code)))
                    : new LinkView(code, "")).ToList(),
                DepartmentEnded = frames.Versions ? Link(SiteUrls.DepartmentEnded(entry.Department)) : "",
            } : null,
            // Inside a portal: the entry's catalogue item side by side across the portal's jurisdictions.
            catalogue = frame.PortalHref.Length > 0 && entry.Catalogue.Length > 0 && view.Site.PortalTitle.Length > 0
                ? new LinkView(entry.Catalogue, frame.PortalHref + SiteUrls.CatalogueItem(entry.Catalogue))
                : null,
            cite = $"{frame.SiteTitle}·{departmentName}·{categoryName}：{entry.Name}（编码 {entry.Code}）。{canonical}",
            contact,
        };
    }

    internal static IReadOnlyList<object> Citations(SiteView view, string fromUrl, IEnumerable<Citation> basis) =>
        basis.Select(c =>
        {
            var law = c.Law.Length > 0 ? view.Law(c.Law) : null;
            return (object)new
            {
                c.IsStructured,
                Title = law?.Title ?? c.Law,
                Href = law is null ? "" : SiteUrls.Relative(fromUrl, SiteUrls.Law(law.Id)),
                Repealed = law?.Status == "已废止",
                c.Articles,
                c.Quote,
                c.Text,
            };
        }).ToList();

    internal static string TelHref(string phone)
    {
        var digits = new string(phone.Where(ch => char.IsAsciiDigit(ch) || ch is '+' or '-').ToArray());
        return digits.Length == 0 ? "" : "tel:" + digits;
    }
}
