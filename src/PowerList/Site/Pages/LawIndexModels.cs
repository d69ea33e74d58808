using System.Security.Cryptography;
using System.Text;
using PowerList.Format;
using PowerList.Model;
using PowerList.Output;

namespace PowerList.Site.Pages;

/// <summary>
/// The law index without JavaScript (docs/site.md "The law index"): <c>law/</c> lists every law with the number of
/// entries citing it, most cited first; <c>laws/by-title/</c> and <c>laws/by-level/</c> sort it otherwise, and
/// <c>laws/&lt;facet&gt;/&lt;value&gt;/</c> (with the same sort suffixes) keep only the laws of one 效力层级, 时效性 or
/// 制定机关. A facet is offered only when the laws hold at least two of its values.
/// </summary>
public static class LawIndexModels
{
    /// <summary>One page of the index: its URL, its model, whether the sitemap lists it.</summary>
    public sealed record LawIndexPage(string Url, Func<SiteView, object> Model, bool InSitemap);

    private sealed record Facet(string Slug, string Label, Func<Law, string> Value, Func<string, string?> ValueSlug);

    private sealed record Filter(Facet Facet, string Value, string Slug);

    private static readonly (string Slug, string Label)[] Sorts = [("", "引用事项数"), ("by-title", "名称"), ("by-level", "效力层级")];

    private static readonly Dictionary<string, string> LevelSlugs = new(StringComparer.Ordinal)
    {
        ["法律"] = "law",
        ["行政法规"] = "administrative-regulation",
        ["地方性法规"] = "local-regulation",
        ["部门规章"] = "department-rule",
        ["地方政府规章"] = "local-government-rule",
        ["规范性文件"] = "normative-document",
    };

    private static readonly Dictionary<string, string> StatusSlugs = new(StringComparer.Ordinal)
    {
        [ListFormat.LawInForce] = "in-force",
        [ListFormat.LawRevised] = "revised",
        [ListFormat.LawRepealed] = "repealed",
    };

    private static readonly Facet[] Facets =
    [
        new("level", "效力层级", l => l.Level, v => LevelSlugs.GetValueOrDefault(v)),
        new("status", "时效性", l => l.Status, v => StatusSlugs.GetValueOrDefault(v)),
        new("issuer", "制定机关", l => l.Issuer, v => "i-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(v)))[..8]),
    ];

    /// <summary>
    /// Every page of the index, the unfiltered one in the default order first. Which pages there are follows from
    /// <paramref name="laws"/>; each page's model reads every law through the view (so any change to a law, which
    /// may change the facets, renders the index again).
    /// </summary>
    public static IEnumerable<LawIndexPage> Pages(IReadOnlyList<Law> laws)
    {
        var filters = new List<(Facet Facet, List<Filter> Values)>();
        foreach (var facet in Facets)
        {
            var values = laws.Select(facet.Value).Where(v => v.Length > 0).Distinct()
                .Select(v => (Value: v, Slug: facet.ValueSlug(v))).Where(v => v.Slug is not null)
                .Select(v => new Filter(facet, v.Value, v.Slug!))
                .OrderBy(f => Rank(f.Facet, f.Value)).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
            if (values.Count >= 2)
            {
                filters.Add((facet, values));
            }
        }

        foreach (var filter in filters.SelectMany(f => f.Values).Prepend(null))
        {
            foreach (var (sort, _) in Sorts)
            {
                if (filter?.Facet.Slug == "level" && sort == "by-level")
                {
                    continue;
                }

                var f = filter;
                var s = sort;
                yield return new LawIndexPage(Url(f, s), view => Model(view, filters, f, s), s.Length == 0);
            }
        }
    }

    private static object Model(SiteView view, List<(Facet Facet, List<Filter> Values)> filters, Filter? filter, string sort)
    {
        var frames = view.Frames;
        var all = view.Laws;
        var url = Url(filter, sort);
        var laws = all.Where(l => filter is null || filter.Facet.Value(l) == filter.Value);
        var rows = Order(laws, sort, view).Select(l => new
        {
            l.Title,
            l.Level,
            l.Issuer,
            l.Status,
            Repealed = l.Status == ListFormat.LawRepealed,
            Count = view.CountCiting(l.Id),
            Href = SiteUrls.Relative(url, SiteUrls.Law(l.Id)),
        }).ToList();
        var title = filter is null ? "法律依据" : $"法律依据：{filter.Value}";
        var description = filter is null
            ? "权责清单引用的法律、法规和规章，以及引用它们的事项数。"
            : $"权责清单引用的{filter.Facet.Label}为“{filter.Value}”的法律依据，以及引用它们的事项数。";
        var frame = filter is null
            ? frames.For("laws", url, title, description)
            : frames.For("laws", url, title, description, ("法律依据", SiteUrls.Laws));
        var keepSort = (Filter? to) => to?.Facet.Slug == "level" && sort == "by-level" ? "" : sort;
        return new
        {
            frame,
            filtered = filter is not null,
            facets = filters.Select(f => new
            {
                f.Facet.Label,
                Options = f.Values.Select(v => new
                {
                    Label = v.Value,
                    Count = all.Count(l => f.Facet.Value(l) == v.Value),
                    Href = SiteUrls.Relative(url, Url(v, keepSort(v))),
                    Current = filter == v,
                }).Prepend(new
                {
                    Label = "全部",
                    Count = all.Count,
                    Href = SiteUrls.Relative(url, Url(null, sort)),
                    Current = filter is null,
                }).ToList(),
            }).ToList(),
            sorts = Sorts.Where(s => !(filter?.Facet.Slug == "level" && s.Slug == "by-level"))
                .Select(s => new LinkView(s.Label, SiteUrls.Relative(url, Url(filter, s.Slug)), s.Slug == sort)).ToList(),
            total = rows.Count,
            citing = rows.Sum(r => r.Count),
            laws = rows,
        };
    }

    private static IEnumerable<Law> Order(IEnumerable<Law> laws, string sort, SiteView view) => sort switch
    {
        "by-title" => laws.OrderBy(l => l.Title, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal),
        "by-level" => laws.OrderBy(l => Rank(Facets[0], l.Level)).ThenByDescending(l => view.CountCiting(l.Id))
            .ThenBy(l => l.Title, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal),
        _ => laws.OrderByDescending(l => view.CountCiting(l.Id)).ThenBy(l => l.Title, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal),
    };

    /// <summary>Levels and statuses in the format's order; issuers by name.</summary>
    private static int Rank(Facet facet, string value) => facet.Slug switch
    {
        "level" => IndexOf(ListFormat.LawLevels, value),
        "status" => IndexOf(ListFormat.LawStatuses, value),
        _ => 0,
    };

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return values.Count;
    }

    private static string Url(Filter? filter, string sort) =>
        SiteUrls.LawIndex(filter?.Facet.Slug ?? "", filter?.Slug ?? "", sort);
}
