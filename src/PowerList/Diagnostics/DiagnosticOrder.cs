namespace PowerList.Diagnostics;

/// <summary>The one order in which diagnostics are reported: file (ordinal), line, column, code, message.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static DiagnosticOrder Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.Location.File, y.Location.File);
        if (c != 0) return c;
        c = x.Location.Line.CompareTo(y.Location.Line);
        if (c != 0) return c;
        c = x.Location.Column.CompareTo(y.Location.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
