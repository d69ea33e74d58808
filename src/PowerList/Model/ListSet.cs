using System.Collections.Immutable;

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

    /// <summary>List files sorted by path (ordinal).</summary>
    public ImmutableArray<ListFile> Files { get; init; } = [];

    /// <summary>All entries in file order, each with <see cref="Entry.Department"/> and <see cref="Entry.Category"/> set.</summary>
    public IEnumerable<Entry> Entries => Files.SelectMany(f => f.Entries);

    /// <summary>Entries that may be published (<see cref="Entry.Public"/>). Every output stage uses only these.</summary>
    public IEnumerable<Entry> PublicEntries => Entries.Where(e => e.Public);
}
