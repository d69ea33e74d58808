namespace PowerList.Import.Reading;

/// <summary>A file that cannot be read at all (damaged, encrypted, not a workbook).</summary>
public sealed class WorkbookReadException(string message, Exception? inner = null) : Exception(message, inner);
