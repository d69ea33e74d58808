using System.Collections.Immutable;
using PowerList.Model;
using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>
/// What <see cref="DocumentExtractor.Extract"/> made last in a long-running process: the order it sorted the public
/// entries into (by code), and the document of each entry, with what else a document depends on: the laws (by
/// object), the departments and categories (ids and names) and the levels. The loader gives back the same entry
/// objects for unchanged files, so after an edit the entries are mostly the same objects at the same places.
/// </summary>
public sealed class ExtractionMemory
{
    private ImmutableArray<Law> _laws = [];
    private string? _context;
    private string[] _codes = [];
    private int[] _order = [];
    private Entry[] _sorted = [];
    private SearchDocument[] _docs = [];
    private Dictionary<Entry, SearchDocument>? _byEntry;

    /// <summary>
    /// <paramref name="entries"/> (public, in the lists' order) sorted by code, stably: the previous order again when
    /// the codes are those of the previous extraction at the same places, else sorted now.
    /// </summary>
    internal Entry[] Sort(IReadOnlyList<Entry> entries)
    {
        if (!CodeSequence.Same(_codes, entries, e => e.Code))
        {
            _codes = CodeSequence.Of(entries, e => e.Code);
            _order = DocumentExtractor.OrderByCode(_codes);
        }

        var sorted = new Entry[entries.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = entries[_order[i]];
        }

        return sorted;
    }

    internal bool Matches(ImmutableArray<Law> laws, List<Department> departments, List<Category> categories, List<string> levels) =>
        _context is not null && laws.AsSpan().SequenceEqual(_laws.AsSpan(), ReferenceEqualityComparer.Instance)
        && _context == Context(departments, categories, levels);

    /// <summary>The previous document of <paramref name="entry"/>, the entry at <paramref name="at"/> of this extraction's sorted entries.</summary>
    internal bool TryGet(Entry entry, int at, out SearchDocument document)
    {
        if (at < _sorted.Length && ReferenceEquals(_sorted[at], entry))
        {
            document = _docs[at];
            return true;
        }

        // Entries added or deleted move the others: look them up by object (made once, for such a build).
        var byEntry = _byEntry;
        if (byEntry is null)
        {
            lock (this)
            {
                byEntry = _byEntry ??= ByEntry(_sorted, _docs);
            }
        }

        return byEntry.TryGetValue(entry, out document!);
    }

    internal void Remember(
        ImmutableArray<Law> laws, List<Department> departments, List<Category> categories, List<string> levels, Entry[] entries, SearchDocument[] docs)
    {
        _laws = laws;
        _context = Context(departments, categories, levels);
        _sorted = entries;
        _docs = docs;
        _byEntry = null;
    }

    private static Dictionary<Entry, SearchDocument> ByEntry(Entry[] entries, SearchDocument[] docs)
    {
        var documents = new Dictionary<Entry, SearchDocument>(entries.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Length; i++)
        {
            documents[entries[i]] = docs[i];
        }

        return documents;
    }

    private static string Context(List<Department> departments, List<Category> categories, List<string> levels) =>
        string.Join('\u0001', departments.Select(d => d.Id + '\u0002' + d.Name))
        + '\u0003' + string.Join('\u0001', categories.Select(c => c.Code + '\u0002' + c.Name))
        + '\u0003' + string.Join('\u0001', levels);
}
