using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Import;

/// <summary>
/// What an import produced: the entries (department and category set; codes as found in the sheets, possibly
/// empty), the departments they belong to, the laws their citations name, and a report per file.
/// </summary>
public sealed record ImportResult(
    ImmutableArray<Entry> Entries,
    ImmutableArray<Department> Departments,
    ImmutableArray<Law> Laws,
    ImmutableArray<FileReport> Files)
{
    /// <summary>With a catalogue (<see cref="ImportOptions.Catalogue"/>): how each entry was tied to it, in entry order.</summary>
    public ImmutableArray<Conformity.CatalogueMatch> Matches { get; init; } = [];

    public bool HasFailures => Files.Any(f => f.Failed);
}
