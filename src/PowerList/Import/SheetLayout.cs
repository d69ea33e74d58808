using System.Collections.Immutable;

namespace PowerList.Import;

/// <summary>Where a sheet's header sits (0-based rows, inclusive) and what each non-empty column holds.</summary>
public sealed record SheetLayout(int HeaderFirstRow, int HeaderLastRow, ImmutableArray<SheetColumn> Columns)
{
    public int DataFirstRow => HeaderLastRow + 1;

    public SheetColumn? First(ColumnKind kind) => Columns.FirstOrDefault(c => c.Kind == kind);

    public bool Has(ColumnKind kind) => Columns.Any(c => c.Kind == kind);
}
