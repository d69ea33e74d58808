using System.Runtime.CompilerServices;
using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Building;

/// <summary>
/// The <see cref="ModelHash"/> of every public entry, law, department and category of a list set and of its site
/// settings, computed once per list set (entries in parallel) and shared by every contributor that keys pages with
/// them (the pages and the versions contributors), so a page key combines a few precomputed hashes.
/// </summary>
public sealed class ModelHashes
{
    private static readonly ConditionalWeakTable<ListSet, ModelHashes> Cache = new();

    private readonly Dictionary<Entry, UInt128> _entries;
    private readonly Dictionary<string, UInt128> _laws;
    private readonly Dictionary<string, UInt128> _departments;
    private readonly Dictionary<string, UInt128> _categories;

    // Every law, department and category hashed, by object: the next list set's unchanged records (the very objects,
    // kept by serve's loader) keep their hash, as entries do.
    private readonly Dictionary<object, UInt128> _records = new(ReferenceEqualityComparer.Instance);

    private ModelHashes(ListSet lists, ModelHashes? previous, TimingLog? timings)
    {
        var t = (timings?.Now() ?? default);
        var entries = lists.PublicEntries.ToArray();
        var hashes = new UInt128[entries.Length];
        Parallel.For(0, entries.Length, i => hashes[i] = previous is not null && previous._entries.TryGetValue(entries[i], out var known) ? known : ModelHash.Of(entries[i]));
        _entries = new Dictionary<Entry, UInt128>(entries.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Length; i++)
        {
            _entries[entries[i]] = hashes[i];
        }

        Site = ModelHash.Of(lists.Site);
        _laws = ByKey(lists.Laws, l => l.Id, previous);
        _departments = ByKey(lists.Departments, d => d.Id, previous);
        _categories = ByKey(lists.Categories, c => c.Code, previous);
        timings?.Measure("model hashes", t);
    }

    public UInt128 Site { get; }

    /// <summary>The hashes of <paramref name="lists"/>, computed on first use.</summary>
    public static ModelHashes Of(ListSet lists, TimingLog? timings = null) => Cache.GetValue(lists, l => new ModelHashes(l, null, timings));

    /// <summary>
    /// As <see cref="Of(ListSet)"/>; an entry that is the very object of <paramref name="previous"/>'s lists (records
    /// are immutable: <c>serve</c> keeps the parsed entries of unchanged files) keeps its hash instead of being hashed again.
    /// </summary>
    public static ModelHashes Of(ListSet lists, ModelHashes? previous, TimingLog? timings = null) =>
        previous is null ? Of(lists, timings) : Cache.GetValue(lists, l => new ModelHashes(l, previous, timings));

    /// <summary>The hash of a public entry of the list set (any other entry is hashed now).</summary>
    public UInt128 Entry(Entry entry) => _entries.TryGetValue(entry, out var hash) ? hash : ModelHash.Of(entry);

    /// <summary>The hash of the law with this id; 0 when there is none.</summary>
    public UInt128 Law(string id) => _laws.GetValueOrDefault(id);

    /// <summary>The hash of the department with this id; 0 when there is none.</summary>
    public UInt128 Department(string id) => _departments.GetValueOrDefault(id);

    /// <summary>The hash of the category with this code; 0 when there is none.</summary>
    public UInt128 Category(string code) => _categories.GetValueOrDefault(code);

    // Ids are unique in lists that validate (a site is built only from those); the last record of an id wins.
    private Dictionary<string, UInt128> ByKey<T>(IEnumerable<T> items, Func<T, string> key, ModelHashes? previous)
        where T : notnull
    {
        var hashes = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var hash = previous is not null && previous._records.TryGetValue(item, out var known) ? known : ModelHash.Of(item);
            _records[item] = hash;
            hashes[key(item)] = hash;
        }

        return hashes;
    }
}
