using System.Text;
using PowerList.Building;
using PowerList.Conformity;
using PowerList.Output;
using PowerList.Site.Pages;
using PowerList.Tabular;
using PowerList.Versions.Pages;

namespace PowerList.Portal;

/// <summary>
/// The portal's side-by-side pages (issue 20: who adds what, whose time limits are longer): <c>catalogue/</c>, the
/// catalogue's categories with how many items each has and how many of them some jurisdiction misses, rewords or gives
/// a longer limit; <c>catalogue/category/&lt;category&gt;/</c>, each item of one category with how many jurisdictions
/// implement it, miss it, word it differently or give a longer limit (one page for thousands of items would be
/// hundreds of kilobytes); and <c>catalogue/&lt;code&gt;/</c>, one item across all jurisdictions (<see cref="ItemAcrossJurisdictions"/>): a row per
/// implementing entry (status, limits with the longer ones flagged, the name and basis as word diffs against the
/// catalogue when reworded), then the names of the jurisdictions that miss it and those it is not given to. Lean: an
/// entry that keeps the catalogue's wording shows no diff.
/// </summary>
public static class PortalItemPages
{
    /// <summary>The index of the items.</summary>
    public const string Index = SiteUrls.CatalogueItems;

    /// <summary>The side-by-side page of the item <paramref name="code"/>.</summary>
    public static string Item(string code) => SiteUrls.CatalogueItem(code);

    /// <summary>The page of the items of category <paramref name="code"/> (<c>none</c> for items without one).</summary>
    public static string Category(string code) => $"{Index}category/{(code.Length == 0 ? "none" : code)}/";

    /// <summary>The name of category <paramref name="code"/>: the standard one (<see cref="CategoryNames"/>), else the code.</summary>
    public static string CategoryName(string code) =>
        code.Length == 0 ? "未分类" : CategoryNames.Standard.FirstOrDefault(c => c.Code == code).Name ?? code;

    /// <summary>Standard categories in their order, then the others by code.</summary>
    private static int CategoryRank(string code)
    {
        var at = CategoryNames.Standard.ToList().FindIndex(c => c.Code == code);
        return at >= 0 ? at : CategoryNames.Standard.Count;
    }

    /// <summary>The pages' (url, model) for <paramref name="uses"/> in portal order; none when no jurisdiction has a catalogue.</summary>
    /// <param name="warm">
    /// serve's memory, or null: an item page whose inputs' key (<see cref="ItemPageKeys"/>, with <paramref name="frameKey"/>)
    /// is that of the page on disk is not compared nor made (returned without a model) but listed in <see cref="PortalWarm.Kept"/>; so is
    /// a category page, or the index, whose rows are those of the page on disk (<see cref="PortalWarm.Keeps"/>).
    /// </param>
    /// <param name="frameKey">What the pages' frame shows besides the page's own data (the portal's title, its sections).</param>
    public static IEnumerable<(string Url, string Kind, object? Model)> Models(IReadOnlyList<CatalogueUse> uses, Func<string, string, string, PageFrame> frame, PortalWarm? warm = null, string frameKey = "")
    {
        var rows = new List<(string Category, PortalItemRow Row)>();
        var keys = warm?.ItemKeys.Of(uses, frameKey);
        var pages = new Dictionary<string, PortalWarm.ItemPage>(StringComparer.Ordinal);
        var kept = new Dictionary<string, PortalWarm.ItemPage>(StringComparer.Ordinal);
        if (warm is not null)
        {
            foreach (var (code, key) in keys!)
            {
                if (warm.MayKeep && warm.ItemPages.TryGetValue(Item(code), out var page) && page.Key == key)
                {
                    kept[code] = page;
                }
            }
        }

        // The codes in order: those the keys were made for (serve), else found once here.
        IReadOnlyList<string> codes = warm is not null ? warm.ItemKeys.Codes : [.. ItemAcrossJurisdictions.Codes(uses)];
        var compared = ItemAcrossJurisdictions.CompareAll(uses, code => !kept.ContainsKey(code), codes).GetEnumerator();
        var more = compared.MoveNext();
        foreach (var code in codes)
        {
            if (kept.TryGetValue(code, out var page))
            {
                warm!.Kept.Add(SiteUrls.FileOf(Item(code)));
                pages[Item(code)] = page;
                rows.Add((page.Category, page.Row));
                yield return (Item(code), "portal-item", null);
                continue;
            }

            if (!more || compared.Current.Item.Code != code)
            {
                continue;
            }

            var across = compared.Current;
            more = compared.MoveNext();
            var url = Item(across.Item.Code);
            string Link(string to) => SiteUrls.Relative(url, to);
            var entries = across.Rows.Where(r => r.EntryCode.Length > 0).Select(r => new PortalItemEntryView(
                r.JurisdictionName,
                Link(PortalLayout.SiteFolder(r.Jurisdiction) + SiteUrls.Entry(r.EntryCode)),
                r.Status == ItemAcrossJurisdictions.WrongLevel,
                r.EntryCode,
                r.StatutoryLimit,
                r.PromisedLimit,
                r.LongerLimit,
                r.NameDiff.Any(s => s.Op != Versions.Diffing.TextSegment.Equal) ? SegmentView.Redline(r.NameDiff) : [],
                r.BasisDiff.Any(s => s.Op != Versions.Diffing.TextSegment.Equal) ? SegmentView.Redline(r.BasisDiff) : [])).ToList();
            List<LinkView> Named(string status) => [.. across.Rows.Where(r => r.Status == status)
                .Select(r => new LinkView(r.JurisdictionName, Link(PortalLayout.SiteFolder(r.Jurisdiction) + SiteUrls.Conformity)))];
            var item = across.Item;
            var missing = Named(ItemAcrossJurisdictions.Missing);
            var notGiven = Named(ItemAcrossJurisdictions.NotGiven);
            var title = $"{item.Code} {item.Name}";
            var row = new PortalItemRow(
                item.Code, item.Name, "../../" + item.Code + "/", string.Join("、", item.Levels),
                entries.Select(e => e.Jurisdiction).Distinct().Count(), missing.Count,
                entries.Count(e => e.NameDiff.Count + e.BasisDiff.Count > 0), entries.Count(e => e.Longer));
            var model = new PortalItemModel(
                frame("catalogue-item", url, title), item.Code, item.Name, string.Join("、", item.Levels), item.Basis,
                across.CommonStatutoryLimit, across.CommonPromisedLimit, entries, missing, notGiven)
            {
                CategoryName = CategoryName(item.Category),
                CategoryHref = "../" + Category(item.Category)[Index.Length..],
            };
            if (keys is not null)
            {
                pages[url] = new PortalWarm.ItemPage(keys[item.Code], item.Category, row);
            }

            yield return (url, "portal-item", model);
            rows.Add((item.Category, row));
        }

        if (warm is not null)
        {
            warm.ItemPages = pages;
        }

        if (rows.Count == 0)
        {
            yield break;
        }

        var categories = new List<PortalCategoryRow>();
        foreach (var group in rows.GroupBy(r => r.Category, StringComparer.Ordinal).OrderBy(g => CategoryRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var url = Category(group.Key);
            var name = CategoryName(group.Key);
            var items = group.Select(r => r.Row).ToList();
            yield return Kept(url, name, items)
                ? (url, "portal-catalogue-category", null)
                : (url, "portal-catalogue-category", new PortalCatalogueCategoryModel(frame("catalogue-category", url, name + "事项并排对照"), name, items));
            categories.Add(new PortalCategoryRow(
                name, url[Index.Length..], items.Count,
                items.Count(i => i.Missing > 0), items.Count(i => i.Reworded > 0), items.Count(i => i.Longer > 0)));
        }

        yield return Kept(Index, "", categories)
            ? (Index, "portal-catalogue", null)
            : (Index, "portal-catalogue", new PortalCatalogueModel(frame("catalogue", Index, "目录事项并排对照"), categories));

        // serve: a page whose rows and frame are those of the page on disk is kept (the rows are records of strings and
        // numbers: their text shows every field).
        bool Kept<T>(string url, string name, IEnumerable<T> pageRows) =>
            warm is not null && warm.Keeps(SiteUrls.FileOf(url), ContentKey.Of("portal-rows", Encoding.UTF8.GetBytes(string.Join('\0', [frameKey, name, .. pageRows.Select(r => r!.ToString())]))));
    }
}

/// <summary>One implementing entry on a side-by-side page; diffs only when the entry rewords the catalogue.</summary>
public sealed record PortalItemEntryView(
    string Jurisdiction, string Href, bool WrongLevel, string Code, string StatutoryLimit, string PromisedLimit, bool Longer,
    IReadOnlyList<SegmentView> NameDiff, IReadOnlyList<SegmentView> BasisDiff);

/// <summary><c>catalogue/&lt;code&gt;/</c> (<c>portal-item.hbs</c>).</summary>
public sealed record PortalItemModel(
    PageFrame Frame, string Code, string Name, string Levels, string Basis, string CommonStatutory, string CommonPromised,
    IReadOnlyList<PortalItemEntryView> Entries, IReadOnlyList<LinkView> Missing, IReadOnlyList<LinkView> NotGiven)
{
    /// <summary>The item's category and its page (<see cref="PortalItemPages.Category"/>).</summary>
    public string CategoryName { get; init; } = "";

    public string CategoryHref { get; init; } = "";

    public int EntryCount => Entries.Count;

    public int MissingCount => Missing.Count;

    public int NotGivenCount => NotGiven.Count;
}

/// <summary>One item on <c>catalogue/category/&lt;category&gt;/</c>: how many jurisdictions implement it, miss it, reword it, give a longer limit.</summary>
public sealed record PortalItemRow(string Code, string Name, string Href, string Levels, int Implemented, int Missing, int Reworded, int Longer);

/// <summary>One category on <c>catalogue/</c>: its items, and how many of them some jurisdiction misses, rewords, gives a longer limit.</summary>
public sealed record PortalCategoryRow(string Name, string Href, int Items, int WithMissing, int WithReworded, int WithLonger);

/// <summary><c>catalogue/</c> (<c>portal-catalogue.hbs</c>): the categories.</summary>
public sealed record PortalCatalogueModel(PageFrame Frame, IReadOnlyList<PortalCategoryRow> Categories);

/// <summary><c>catalogue/category/&lt;category&gt;/</c> (<c>portal-catalogue-category.hbs</c>): that category's items.</summary>
public sealed record PortalCatalogueCategoryModel(PageFrame Frame, string Category, IReadOnlyList<PortalItemRow> Items);
