using System.Collections.Immutable;

namespace PowerList.Import;

/// <summary>Where a sheet's header sits (0-based rows, inclusive) and what each non-empty column holds.</summary>
public sealed record SheetLayout(int HeaderFirstRow, int HeaderLastRow, ImmutableArray<SheetColumn> Columns)
{
    public int DataFirstRow => HeaderLastRow + 1;

    public SheetColumn? First(ColumnSlot slot) => Columns.FirstOrDefault(c => c.Slot == slot);

    public bool Has(ColumnSlot slot) => Columns.Any(c => c.Slot == slot);
}
