using PowerList.Model;

namespace PowerList.Site.Pages;

/// <summary>
/// Splits a long, ordered list of entries into pages of at most <c>perPage</c> and groups each page's entries
/// (by department on a category page, by category on a department page), keeping the order.
/// </summary>
public static class GroupedListPages
{
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> entries, int perPage)
    {
        if (entries.Count == 0)
        {
            return [Array.Empty<T>()];
        }

        return entries.Chunk(Math.Max(1, perPage)).Select(c => (IReadOnlyList<T>)c).ToList();
    }

    /// <summary>How many pages <see cref="Split{T}"/> makes of <paramref name="count"/> entries (one when there are none).</summary>
    public static int PageCount(int count, int perPage) => Math.Max(1, (count + Math.Max(1, perPage) - 1) / Math.Max(1, perPage));

    /// <summary>Page <paramref name="page"/> (from 1) of <see cref="Split{T}"/>, without splitting the rest.</summary>
    public static IReadOnlyList<T> Page<T>(IReadOnlyList<T> entries, int perPage, int page)
    {
        perPage = Math.Max(1, perPage);
        var from = (page - 1) * perPage;
        var rows = new T[Math.Max(0, Math.Min(perPage, entries.Count - from))];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = entries[from + i];
        }

        return rows;
    }

    /// <summary>Groups consecutive entries with the same key (the list is already ordered by it).</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<T> Entries)> Group<T>(IReadOnlyList<T> page, Func<T, string> key)
    {
        var groups = new List<(string, IReadOnlyList<T>)>();
        List<T>? current = null;
        string? currentKey = null;
        foreach (var entry in page)
        {
            var k = key(entry);
            if (current is null || !string.Equals(k, currentKey, StringComparison.Ordinal))
            {
                current = new List<T>();
                currentKey = k;
                groups.Add((k, current));
            }

            current.Add(entry);
        }

        return groups;
    }

    /// <summary>
    /// Page links for a pager: the first and last page and those near the current one, with a gap item
    /// (<see cref="LinkView.Href"/> empty, label "…") where pages are left out; empty when there is one page.
    /// </summary>
    public static IReadOnlyList<LinkView> Pager(int pages, int current, Func<int, string> href, int around = 3)
    {
        if (pages <= 1)
        {
            return [];
        }

        var links = new List<LinkView>();
        var last = 0;
        for (var n = 1; n <= pages; n++)
        {
            if (n != 1 && n != pages && Math.Abs(n - current) > around)
            {
                continue;
            }

            if (n - last > 1)
            {
                links.Add(new LinkView("…", ""));
            }

            links.Add(new LinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == current ? "" : href(n), n == current));
            last = n;
        }

        return links;
    }

    /// <summary>
    /// The groups of a long list with the page each starts on, for a table of contents over all its pages
    /// (see <see cref="Jump"/>). Empty when the list fits on one page. Computed once per list.
    /// </summary>
    public static IReadOnlyList<(string Key, int Page, int Count)> GroupStarts<T>(IReadOnlyList<T> all, int perPage, Func<T, string> key)
    {
        perPage = Math.Max(1, perPage);
        if (all.Count <= perPage)
        {
            return [];
        }

        var starts = new List<(string, int, int)>();
        var i = 0;
        foreach (var (k, entries) in Group(all, key))
        {
            starts.Add((k, i / perPage + 1, entries.Count));
            i += entries.Count;
        }

        return starts;
    }

    /// <summary>The table of contents as seen from <paramref name="currentPage"/>: links to <c>#g-&lt;key&gt;</c> on the page where each group starts.</summary>
    public static IReadOnlyList<object> Jump(
        IReadOnlyList<(string Key, int Page, int Count)> starts, Func<string, string> label, Func<int, string> pageHref, int currentPage) =>
        starts.Select(g => (object)new
        {
            Label = label(g.Key),
            Href = (g.Page == currentPage ? "" : pageHref(g.Page)) + "#g-" + g.Key,
            g.Count,
        }).ToList();
}
