using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// Splits a long, ordered list of entries into pages of at most <c>perPage</c> and groups each page's entries
/// (by department on a category page, by category on a department page), keeping the order.
/// </summary>
public static class GroupedListPages
{
    public static IReadOnlyList<IReadOnlyList<Entry>> Split(IReadOnlyList<Entry> entries, int perPage)
    {
        if (entries.Count == 0)
        {
            return [Array.Empty<Entry>()];
        }

        return entries.Chunk(Math.Max(1, perPage)).Select(c => (IReadOnlyList<Entry>)c).ToList();
    }

    /// <summary>Groups consecutive entries with the same key (the list is already ordered by it).</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<Entry> Entries)> Group(IReadOnlyList<Entry> page, Func<Entry, string> key)
    {
        var groups = new List<(string, IReadOnlyList<Entry>)>();
        List<Entry>? current = null;
        string? currentKey = null;
        foreach (var entry in page)
        {
            var k = key(entry);
            if (current is null || !string.Equals(k, currentKey, StringComparison.Ordinal))
            {
                current = new List<Entry>();
                currentKey = k;
                groups.Add((k, current));
            }

            current.Add(entry);
        }

        return groups;
    }

    /// <summary>Page links 1..n for a pager; empty when there is one page.</summary>
    public static IReadOnlyList<LinkView> Pager(int pages, int current, Func<int, string> href) =>
        pages <= 1
            ? []
            : Enumerable.Range(1, pages).Select(n => new LinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture), href(n), n == current)).ToList();

    /// <summary>
    /// A table of contents over all pages of a long list: each group with its size, linked to the page where it
    /// starts (<c>#g-&lt;key&gt;</c>). Empty when the list fits on one page.
    /// </summary>
    public static IReadOnlyList<object> Jump(
        IReadOnlyList<Entry> all, int perPage, Func<Entry, string> key, Func<string, string> label, Func<int, string> pageHref, int currentPage)
    {
        perPage = Math.Max(1, perPage);
        if (all.Count <= perPage)
        {
            return [];
        }

        var groups = new List<object>();
        var i = 0;
        foreach (var (k, entries) in Group(all, key))
        {
            var page = i / perPage + 1;
            var href = (page == currentPage ? "" : pageHref(page)) + "#g-" + k;
            groups.Add(new { Label = label(k), Href = href, Count = entries.Count });
            i += entries.Count;
        }

        return groups;
    }
}
