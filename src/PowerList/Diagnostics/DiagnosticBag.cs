namespace PowerList.Diagnostics;

/// <summary>
/// Collects diagnostics from a stage; user errors are reported all at once, never thrown. At most
/// <see cref="MaxPerFileAndCode"/> diagnostics of one code are kept per file; the rest are counted and reported
/// as one <see cref="DiagnosticCodes.MoreProblems"/> line, so a hostile file (a million aliases or bad codes)
/// cannot flood memory and the terminal.
/// </summary>
public sealed class DiagnosticBag
{
    public const int MaxPerFileAndCode = 100;

    private readonly List<Diagnostic> _items = new();
    private readonly Dictionary<(string File, string Code), int> _counts = new();
    private readonly Dictionary<(string File, string Code), Diagnostic> _firstDropped = new();
    private readonly object _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            AddLocked(diagnostic);
        }
    }

    public void Error(SourceLocation at, string code, string message) => Add(Diagnostic.Error(at, code, message));

    public void Warning(SourceLocation at, string code, string message) => Add(Diagnostic.Warning(at, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            foreach (var diagnostic in diagnostics)
            {
                AddLocked(diagnostic);
            }
        }
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
            var more = _firstDropped.Select(kv =>
                DiagnosticCodes.MoreProblems.At(kv.Value.Location, kv.Key.Code, _counts[kv.Key] - MaxPerFileAndCode));
            return _items.Concat(more).Distinct().OrderBy(d => d, DiagnosticOrder.Instance).ToArray();
        }
    }

    private void AddLocked(Diagnostic diagnostic)
    {
        if (diagnostic.Code == DiagnosticCodes.MoreProblems.Code)
        {
            _items.Add(diagnostic);
            return;
        }

        var key = (diagnostic.Location.File, diagnostic.Code);
        var count = _counts.GetValueOrDefault(key) + 1;
        _counts[key] = count;
        if (count <= MaxPerFileAndCode)
        {
            _items.Add(diagnostic);
        }
        else if (count == MaxPerFileAndCode + 1)
        {
            _firstDropped[key] = diagnostic;
        }
    }
}
