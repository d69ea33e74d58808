using System.Collections.Immutable;

namespace PowerList.Import;

/// <summary>The import report of one file: its sheets, or the error that kept it from being read.</summary>
public sealed record FileReport(string File, string Department, ImmutableArray<SheetReport> Sheets, string Error = "")
{
    public int Entries => Sheets.Sum(s => s.Entries);

    public int Merged => Sheets.Sum(s => s.Merged);

    public IEnumerable<SkippedRow> Skipped => Sheets.SelectMany(s => s.Skipped);

    public bool Failed => Error.Length > 0;
}
