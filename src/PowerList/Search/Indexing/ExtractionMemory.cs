using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Search.Indexing;

/// <summary>
/// The documents of the previous <see cref="DocumentExtractor.Extract"/> in a long-running process, by entry object
/// (the loader gives back the same objects for unchanged files), with what else a document depends on: the laws (by
/// object), the departments and categories (ids and names) and the levels.
/// </summary>
public sealed class ExtractionMemory
{
    private ImmutableArray<Law> _laws = [];
    private string? _context;

    internal Dictionary<Entry, SearchDocument> Documents { get; private set; } = new(ReferenceEqualityComparer.Instance);

    internal bool Matches(ImmutableArray<Law> laws, List<Department> departments, List<Category> categories, List<string> levels) =>
        _context is not null && laws.AsSpan().SequenceEqual(_laws.AsSpan(), ReferenceEqualityComparer.Instance)
        && _context == Context(departments, categories, levels);

    internal void Remember(
        ImmutableArray<Law> laws, List<Department> departments, List<Category> categories, List<string> levels, List<Entry> entries, SearchDocument[] docs)
    {
        _laws = laws;
        _context = Context(departments, categories, levels);
        var documents = new Dictionary<Entry, SearchDocument>(entries.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Count; i++)
        {
            documents[entries[i]] = docs[i];
        }

        Documents = documents;
    }

    private static string Context(List<Department> departments, List<Category> categories, List<string> levels) =>
        string.Join('\u0001', departments.Select(d => d.Id + '\u0002' + d.Name))
        + '\u0003' + string.Join('\u0001', categories.Select(c => c.Code + '\u0002' + c.Name))
        + '\u0003' + string.Join('\u0001', levels);
}
