namespace PowerList.Validation.Rules;

/// <summary>
/// Finds keys given more than once, cheaply when (as usual) there are none: a first pass only counts, a second
/// collects the places of repeated keys, in order of first occurrence (as one dictionary of every key would).
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>
    /// Each key repeated among the <paramref name="items"/> that have one (<paramref name="has"/>), with its places;
    /// keys in order of first occurrence, places in order.
    /// </summary>
    public static Dictionary<TKey, List<TPlace>> Repeated<TItem, TKey, TPlace>(
        IEnumerable<TItem> items, Func<TItem, bool> has, Func<TItem, TKey> key, Func<TItem, TPlace> place, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>(comparer);
        HashSet<TKey>? repeated = null;
        foreach (var item in items)
        {
            if (has(item) && key(item) is var k && !seen.Add(k))
            {
                (repeated ??= new HashSet<TKey>(comparer)).Add(k);
            }
        }

        var places = new Dictionary<TKey, List<TPlace>>(comparer);
        if (repeated is null)
        {
            return places;
        }

        foreach (var item in items)
        {
            if (has(item) && key(item) is var k && repeated.Contains(k))
            {
                if (!places.TryGetValue(k, out var list))
                {
                    list = new List<TPlace>(2);
                    places[k] = list;
                }

                list.Add(place(item));
            }
        }

        return places;
    }
}
