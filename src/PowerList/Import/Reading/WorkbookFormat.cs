namespace PowerList.Import.Reading;

/// <summary>The file kinds the importer reads, decided by content (magic bytes), never by the extension.</summary>
public enum WorkbookFormat
{
    /// <summary>Excel 97–2003 (BIFF8 in an OLE compound file: D0 CF 11 E0).</summary>
    Xls,

    /// <summary>Office Open XML (a ZIP package: 50 4B 03 04).</summary>
    Xlsx,

    /// <summary>Comma-separated text, UTF-8 or GB18030.</summary>
    Csv,
}
