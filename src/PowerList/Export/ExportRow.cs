using System.Collections.Immutable;
using PowerList.Model;

namespace PowerList.Export;

/// <summary>One row of an <see cref="ExportTable"/>: the entry it belongs to and its cells by column title.</summary>
public sealed record ExportRow(Entry Entry, ImmutableDictionary<string, string> Cells)
{
    public string this[string column] => Cells.GetValueOrDefault(column, "");
}
