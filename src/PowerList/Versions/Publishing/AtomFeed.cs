using System.Text;
using System.Xml;
using PowerList.Model;
using PowerList.Output;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Publishing;

/// <summary>
/// Atom feeds of the changes between releases: <c>feed.xml</c> for the whole site and
/// <c>department/&lt;id&gt;/feed.xml</c> per department. One item per changed entry per release (added, changed,
/// ended with its type, …), newest release first, each linking to the entry's permanent URL and to the change on the
/// compare page. Links are absolute from <c>base_url</c> (site.yaml); without a usable base_url (an absolute http(s)
/// URL) they are relative to the feed file, which RFC 4287 resolves against the feed's own address, and ids are
/// <c>urn:powerlist:&lt;division&gt;:…</c> URNs. Dates come from the releases, never from the build, so the same
/// repository gives the same bytes. The current, unreleased lists are not in the feeds. Only public entries appear
/// (the comparisons hold only those). Demonstration releases and changes (<see cref="DemoData"/>) are labelled 演示.
/// </summary>
public static class AtomFeed
{
    public const string Path = SiteUrls.Feed;

    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string DepartmentPath(string id) => SiteUrls.Department(id) + Path;

    /// <summary>The release-to-release comparisons the feeds show, newest first.</summary>
    public static IReadOnlyList<ListDiff> Steps(ReleaseTimeline timeline) => [.. timeline.Steps().Where(d => !d.To.IsCurrent).Reverse()];

    /// <summary>The base URL with a final slash, or empty when base_url is missing or not an absolute http(s) URL.</summary>
    public static string AbsoluteBase(SiteInfo site) =>
        Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? (site.BaseUrl.EndsWith('/') ? site.BaseUrl : site.BaseUrl + "/")
            : "";

    /// <summary>The feed's title: the site's or the department's, with 含演示数据 when a release shown is a demonstration.</summary>
    public static string Title(SiteInfo site, IReadOnlyList<ListDiff> steps, Department? department)
    {
        var title = site.Title.Length > 0 ? site.Title : site.Jurisdiction + "权责清单";
        var demo = steps.Any(d => DemoData.Marks(d.To.Title, d.To.Document)) ? "（含演示数据）" : "";
        return department is null ? $"{title}：版本变化{demo}" : $"{department.Name}：权责事项的变化{demo}";
    }

    /// <param name="steps">From <see cref="Steps"/>.</param>
    /// <param name="department">Only this department's changes (entries in it, or moved out of it), in its feed.</param>
    public static byte[] Write(IReadOnlyList<ListDiff> steps, SiteInfo site, Department? department = null)
    {
        var feedPath = department is null ? Path : DepartmentPath(department.Id);
        var baseUrl = AbsoluteBase(site);
        string Url(string relative) => baseUrl.Length > 0 ? baseUrl + relative : SiteUrls.Relative(feedPath, relative);
        string Id(string relative) => baseUrl.Length > 0 ? baseUrl + relative : $"urn:powerlist:{site.DivisionCode}:{relative}";
        var items = steps
            .SelectMany(d => d.Distinct
                .Where(c => department is null || c.Department == department.Id || c.FromDepartment == department.Id)
                .Select(c => (Diff: d, Change: c)))
            .ToList();

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            w.WriteElementString("title", Ns, Title(site, steps, department));
            w.WriteElementString("id", Ns, Id(department is null ? SiteUrls.Versions : feedPath));
            Link(w, Url(feedPath), "self", "application/atom+xml");
            Link(w, Url(department is null ? SiteUrls.Versions : SiteUrls.Department(department.Id)), "alternate", "text/html");
            w.WriteElementString("updated", Ns, Stamp(steps.Count > 0 ? steps[0].To.Date : "1970-01-01"));
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, site.Jurisdiction.Length > 0 ? site.Jurisdiction : "PowerList");
            w.WriteEndElement();
            foreach (var (diff, c) in items)
            {
                var change = SiteUrls.Compare(diff.From.Version, diff.To.Version) + "#c-" + c.Code;
                var demo = DemoData.Marks(diff.To.Title, diff.To.Document, c.Document, c.Note);
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("title", Ns, $"{(demo ? DemoData.Label : "")}{c.Type}：{c.Name}（{c.Code}）");
                w.WriteElementString("id", Ns, Id(change));
                Link(w, Url(SiteUrls.Entry(c.Code)), "alternate", "text/html");
                Link(w, Url(change), "related", "text/html");
                w.WriteElementString("updated", Ns, Stamp(diff.To.Date));
                w.WriteStartElement("category", Ns);
                w.WriteAttributeString("term", c.Type);
                w.WriteEndElement();
                w.WriteElementString("summary", Ns, Summary(diff, c, demo));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Summary(ListDiff diff, EntryChange c, bool demo)
    {
        var sb = new StringBuilder();
        sb.Append($"{diff.To.Title}（版本 {diff.To.Version}，{diff.To.Date} 公布）与 {diff.From.Version} 相比：{c.Type}");
        if (c.Document.Length > 0)
        {
            sb.Append($"，依据 {c.Document}");
        }

        if (c.Note.Length > 0)
        {
            sb.Append($"。{c.Note.TrimEnd('。')}");
        }

        if (c.Fields.Length > 0)
        {
            sb.Append($"。变化的栏目：{string.Join("、", c.Fields.Select(f => f.Label).Distinct())}");
        }

        if (demo)
        {
            sb.Append("。（演示数据，不是正式公布的调整）");
        }

        return sb.Append('。').ToString();
    }

    private static void Link(XmlWriter w, string href, string rel, string type)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Stamp(string date) => date + "T00:00:00Z";
}
