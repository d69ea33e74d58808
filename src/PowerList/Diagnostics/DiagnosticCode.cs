using System.Globalization;

namespace PowerList.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: code, severity and Chinese message template (<c>{0}</c>, <c>{1}</c>…).</summary>
public sealed record DiagnosticCode(string Code, Severity Severity, string Template, string Summary)
{
    /// <summary>Creates the diagnostic at <paramref name="at"/> with the template filled in.</summary>
    public Diagnostic At(SourceLocation at, params object?[] args) =>
        new(at, Severity, Code, args.Length == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, args));
}
