using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PowerList.Model;

/// <summary>Everything under one <c>lists/</c> folder, as loaded. Immutable; stages return new sets.</summary>
public sealed record ListSet
{
    /// <summary>The folder the lists were loaded from.</summary>
    public string Root { get; init; } = "";

    public SiteInfo Site { get; init; } = new();

    /// <summary>Sorted by <see cref="Category.Order"/>, then code.</summary>
    public ImmutableArray<Category> Categories { get; init; } = [];

    /// <summary>Sorted by <see cref="Department.Order"/>, then id.</summary>
    public ImmutableArray<Department> Departments { get; init; } = [];

    /// <summary>Sorted by id.</summary>
    public ImmutableArray<Law> Laws { get; init; } = [];

    public ImmutableArray<Synonym> Synonyms { get; init; } = [];

    /// <summary>The standard catalogue (<c>catalogue.yaml</c>), or null when the lists follow none.</summary>
    public Catalogue? Catalogue { get; init; }

    /// <summary>List files sorted by path (ordinal).</summary>
    public ImmutableArray<ListFile> Files { get; init; } = [];

    /// <summary>All entries in file order, each with <see cref="Entry.Department"/> and <see cref="Entry.Category"/> set.</summary>
    public IEnumerable<Entry> Entries => Files.SelectMany(f => f.Entries);

    /// <summary>
    /// Entries that may be published (<see cref="Entry.Public"/>), in file order. Every output stage uses only these.
    /// Collected once per <see cref="Files"/> array (kept beside it, not in the record, so equality is unchanged): a
    /// copy made with <c>with</c> that keeps the files shares the list, one with other files collects its own.
    /// </summary>
    public IReadOnlyList<Entry> PublicEntries =>
        ImmutableCollectionsMarshal.AsArray(Files) is { } files ? Public.GetValue(files, Collect) : [];

    /// <summary>
    /// The public entries in force (not <see cref="Entry.Ended"/>), in file order: what the lists, counts and totals
    /// show. Ended entries keep their own pages (docs/format.md "The life of a power"). Made once per files array.
    /// </summary>
    public IReadOnlyList<Entry> InForceEntries =>
        ImmutableCollectionsMarshal.AsArray(Files) is { } files
            ? InForce.GetValue(files, _ => PublicEntries.All(e => e.Ended is null) ? PublicEntries : PublicEntries.Where(e => e.Ended is null).ToList().AsReadOnly())
            : [];

    /// <summary>The public entries whose <see cref="Entry.Ended"/> records an ending, in file order.</summary>
    public IEnumerable<Entry> EndedEntries => PublicEntries.Where(e => e.Ended is not null);

    /// <summary>
    /// The public entries by code (validated lists have unique codes; with duplicates the last one in file order wins),
    /// made once per <see cref="Files"/> array like <see cref="PublicEntries"/>.
    /// </summary>
    public IReadOnlyDictionary<string, Entry> PublicByCode =>
        ImmutableCollectionsMarshal.AsArray(Files) is { } files
            ? ByCode.GetValue(files, f =>
            {
                var entries = PublicEntries;
                var map = new Dictionary<string, Entry>(entries.Count, StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    map[entry.Code] = entry;
                }

                return map;
            })
            : new Dictionary<string, Entry>();

    private static readonly ConditionalWeakTable<ListFile[], IReadOnlyList<Entry>> Public = new();
    private static readonly ConditionalWeakTable<ListFile[], Dictionary<string, Entry>> ByCode = new();
    private static readonly ConditionalWeakTable<ListFile[], IReadOnlyList<Entry>> InForce = new();

    private static IReadOnlyList<Entry> Collect(ListFile[] files)
    {
        var entries = new List<Entry>();
        foreach (var file in files)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.Public)
                {
                    entries.Add(entry);
                }
            }
        }

        return entries.AsReadOnly();
    }
}
