using PowerList.Diagnostics;
using PowerList.Model;

namespace PowerList.Validation;

/// <summary>
/// Diagnostics end up in CI logs, which are often public: a diagnostic that lies inside a non-public entry (from
/// its line to the line before the next entry of its file) keeps its place and code, and its message — which may
/// quote the entry's name or text — is replaced by <see cref="Hidden"/>. The CLI does this unless <c>--show-private</c>.
/// Messages elsewhere name a non-public entry by file and line only (PL0320).
/// </summary>
public static class PrivateDiagnostics
{
    public const string Hidden = "（不公开的职权，内容不显示；加 --show-private 显示）";

    public static IReadOnlyList<Diagnostic> Redact(IReadOnlyList<Diagnostic> diagnostics, ListSet lists)
    {
        var spans = Spans(lists);
        if (spans.Count == 0)
        {
            return diagnostics;
        }

        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            result.Add(spans.TryGetValue(d.Location.File, out var file) && InHidden(file, d.Location.Line)
                ? d with { Message = Hidden }
                : d);
        }

        return result;
    }

    /// <summary>For each file with a non-public entry: every entry's first line and whether it is public, in order.</summary>
    private static Dictionary<string, List<(int Line, bool Public)>> Spans(ListSet lists)
    {
        var spans = new Dictionary<string, List<(int, bool)>>(StringComparer.Ordinal);
        foreach (var file in lists.Files)
        {
            if (file.Entries.All(e => e.Public))
            {
                continue;
            }

            spans[file.Path] = [.. file.Entries.Select(e => (e.Source.Self.Line, e.Public)).OrderBy(x => x.Item1)];
        }

        return spans;
    }

    private static bool InHidden(List<(int Line, bool Public)> entries, int line)
    {
        var isPublic = true; // lines before the first entry belong to none
        foreach (var (start, entryPublic) in entries)
        {
            if (start > line)
            {
                break;
            }

            isPublic = entryPublic;
        }

        return !isPublic;
    }
}
