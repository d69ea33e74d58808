using System.Text;
using System.Xml;
using PowerList.Model;
using PowerList.Output;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Publishing;

/// <summary>
/// <c>feed.xml</c>: an Atom feed with one entry per release (its changes against the release before), newest first.
/// Dates come from the releases, never from the build, so the same repository gives the same bytes. The current,
/// unreleased lists are not in the feed. Only public entries appear.
/// </summary>
public static class AtomFeed
{
    public const string Path = "feed.xml";

    public static byte[] Write(ReleaseTimeline timeline, SiteInfo site)
    {
        var steps = timeline.Steps().Where(d => !d.To.IsCurrent).Reverse().ToList();
        var baseUrl = site.BaseUrl.Length == 0 ? "" : site.BaseUrl.EndsWith('/') ? site.BaseUrl : site.BaseUrl + "/";
        string Url(string relative) => baseUrl + relative;
        string Id(string relative) => baseUrl.Length > 0 ? baseUrl + relative : $"urn:powerlist:{site.DivisionCode}:{relative}";

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(stream, settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartDocument();
            w.WriteStartElement("feed", ns);
            w.WriteElementString("title", ns, $"{(site.Title.Length > 0 ? site.Title : site.Jurisdiction + "权责清单")}：版本变化");
            w.WriteElementString("id", ns, Id(SiteUrls.Versions));
            Link(w, ns, Url(Path), "self");
            Link(w, ns, Url(SiteUrls.Versions), null);
            w.WriteElementString("updated", ns, Stamp(timeline.Latest?.Date ?? "1970-01-01"));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, site.Jurisdiction.Length > 0 ? site.Jurisdiction : "PowerList");
            w.WriteEndElement();
            foreach (var diff in steps)
            {
                var summary = DiffSummary.Of(diff);
                var compare = SiteUrls.Compare(diff.From.Version, diff.To.Version);
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, $"{diff.To.Title}（{diff.To.Version}）：{Counts(summary)}");
                w.WriteElementString("id", ns, Id(compare));
                Link(w, ns, Url(compare), null);
                w.WriteElementString("updated", ns, Stamp(diff.To.Date));
                w.WriteElementString("summary", ns,
                    $"{diff.To.Date} 发布{(diff.To.Document.Length > 0 ? "（" + diff.To.Document + "）" : "")}，与 {diff.From.Version} 相比共 {summary.Total} 项职权有变化：{Counts(summary)}。");
                w.WriteStartElement("content", ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(Html(diff));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Link(XmlWriter w, string ns, string href, string? rel)
    {
        w.WriteStartElement("link", ns);
        if (rel is not null)
        {
            w.WriteAttributeString("rel", rel);
        }

        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Stamp(string date) => date + "T00:00:00Z";

    private static string Counts(DiffSummary s) =>
        string.Join("、", AdjustmentType.All.Where(t => s.Count(t) > 0).Select(t => $"{t} {s.Count(t)}")) is { Length: > 0 } x ? x : "无变化";

    private static string Html(ListDiff diff)
    {
        var sb = new StringBuilder("<ul>");
        foreach (var c in diff.Distinct)
        {
            sb.Append("<li>").Append(System.Net.WebUtility.HtmlEncode($"{c.Type}：{c.Name}（{c.Code}）"));
            if (c.Document.Length > 0)
            {
                sb.Append(System.Net.WebUtility.HtmlEncode($"，依据 {c.Document}"));
            }

            sb.Append("</li>");
        }

        return sb.Append("</ul>").ToString();
    }
}
