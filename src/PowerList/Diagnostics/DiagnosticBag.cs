namespace PowerList.Diagnostics;

/// <summary>Collects diagnostics from a stage; user errors are reported all at once, never thrown.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly object _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Error(SourceLocation at, string code, string message) => Add(Diagnostic.Error(at, code, message));

    public void Warning(SourceLocation at, string code, string message) => Add(Diagnostic.Warning(at, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.IsError); }
    }

    /// <summary>The diagnostics, sorted and with exact duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items.Distinct().OrderBy(d => d, DiagnosticOrder.Instance).ToArray();
        }
    }
}
