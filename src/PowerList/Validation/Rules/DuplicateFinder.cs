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
        var seen = Spare<TKey>.Take(comparer);
        HashSet<TKey>? repeated = null;
        try
        {
            foreach (var item in items)
            {
                if (has(item) && key(item) is var k && !seen.Add(k))
                {
                    (repeated ??= new HashSet<TKey>(comparer)).Add(k);
                }
            }
        }
        finally
        {
            Spare<TKey>.Give(seen);
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

    /// <summary>
    /// The set of keys seen, kept between validations: a whole-site rule's set holds every entry's key (at 100,000
    /// entries some 4 MB of arrays on the large object heap, grown by doubling), and <c>serve</c> validates every edit,
    /// so it fills the set it had instead of a new one (docs/performance.md, "s32-lohedit"). One per key type; a second
    /// caller at once, or another comparer, gets a new set.
    /// </summary>
    private static class Spare<TKey>
    {
        private static HashSet<TKey>? _set;

        public static HashSet<TKey> Take(IEqualityComparer<TKey> comparer) =>
            Interlocked.Exchange(ref _set, null) is { } set && set.Comparer.Equals(comparer) ? set : new HashSet<TKey>(comparer);

        public static void Give(HashSet<TKey> set)
        {
            set.Clear();
            Volatile.Write(ref _set, set);
        }
    }
}
