using System.Collections.Immutable;
using PowerList.Tabular;
using PowerList.Model;

namespace PowerList.Export.OpenData;

/// <summary>
/// What the open-data tables are made from: the lists (already limited to what is published, <see cref="PublishedLists"/>),
/// the entries to write in order, and lookups of department and category names and of laws by id.
/// </summary>
public sealed class ExportContext
{
    private readonly Dictionary<string, string> _departments;
    private readonly Dictionary<string, string> _categories;

    public ExportContext(ListSet lists, IEnumerable<Entry> entries, bool includePrivate)
    {
        Lists = lists;
        Entries = [.. entries];
        IncludePrivate = includePrivate;
        _departments = lists.Departments.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        _categories = lists.Categories.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        Laws = CitationText.ById(lists.Laws);
    }

    public ListSet Lists { get; }

    public ImmutableArray<Entry> Entries { get; }

    /// <summary>Whether non-public entries are written too (<c>--include-private</c>): adds the <c>public</c> column.</summary>
    public bool IncludePrivate { get; }

    public IReadOnlyDictionary<string, Law> Laws { get; }

    public string DepartmentName(string id) => _departments.GetValueOrDefault(id, "");

    public string CategoryName(string code) => _categories.TryGetValue(code, out var name) ? name : CategoryNames.NameOf(code);

    /// <summary>Citations as the legal-basis text of the sheets (<see cref="CitationText"/>).</summary>
    public string Basis(IEnumerable<Citation> citations) => CitationText.Format(citations, Laws);

    public string LawTitle(string id) => Laws.TryGetValue(id, out var law) ? law.Title : "";
}
