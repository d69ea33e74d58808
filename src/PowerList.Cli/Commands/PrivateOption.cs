using System.CommandLine;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Validation;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>--show-private</c>: without it, diagnostics inside non-public entries are printed with their place and code only
/// (<see cref="PrivateDiagnostics"/>), so CI logs never carry a non-public entry's name or text.
/// </summary>
internal static class PrivateOption
{
    public static Option<bool> Create() => new("--show-private")
    {
        Description = "诊断信息中显示不公开职权的名称和内容（默认只给出文件和行号，以免进入公开的日志）",
    };

    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, ListSet lists, bool showPrivate) =>
        showPrivate ? diagnostics : PrivateDiagnostics.Redact(diagnostics, lists);
}
