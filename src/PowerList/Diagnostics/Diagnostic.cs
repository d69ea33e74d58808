namespace PowerList.Diagnostics;

/// <summary>
/// A problem in the user's input, reported with its place. Codes are <c>PLnnnn</c>; messages are in Chinese,
/// written for the clerk who has to fix the list.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(SourceLocation at, string code, string message) => new(at, Severity.Error, code, message);

    public static Diagnostic Warning(SourceLocation at, string code, string message) => new(at, Severity.Warning, code, message);

    /// <summary>Formats as <c>path:line:column: error PLnnnn: message</c>, the path relative to <paramref name="baseDirectory"/>.</summary>
    public string Format(string? baseDirectory = null)
    {
        var path = DiagnosticPaths.Display(Location.File, baseDirectory);
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{path}:{Location.Line}:{Location.Column}: {severity} {Code}: {Message}";
    }
}
