namespace PowerList.Import;

/// <summary>A non-empty source row that did not become (part of) an entry, with its 1-based row number and why.</summary>
public sealed record SkippedRow(string Sheet, int Row, string Reason);
