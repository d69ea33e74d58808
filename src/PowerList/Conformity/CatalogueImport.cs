using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>What reading a catalogue workbook gave: the catalogue and a report line per sheet and per row not taken as it was.</summary>
public sealed record CatalogueImport(Catalogue Catalogue, ImmutableArray<string> Report)
{
    /// <summary>True when the workbook gave no item at all.</summary>
    public bool Empty => Catalogue.Items.IsDefaultOrEmpty;
}
