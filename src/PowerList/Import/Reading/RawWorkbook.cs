using System.Collections.Immutable;

namespace PowerList.Import.Reading;

/// <summary>A workbook (or a CSV file as one sheet) as read from disk.</summary>
public sealed record RawWorkbook(string File, WorkbookFormat Format, ImmutableArray<RawSheet> Sheets);
