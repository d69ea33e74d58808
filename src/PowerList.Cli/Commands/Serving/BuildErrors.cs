using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Diagnostics;

namespace PowerList.Cli.Commands.Serving;

/// <summary>
/// The errors of a failed build as serve's overlay reads them: for each, the file (relative to the lists folder, as
/// the terminal shows it), line, column, code, message and a link that opens the file in the editor at that place
/// (<c>vscode://file/…:line:column</c>; empty when the error has no file).
/// </summary>
public static class BuildErrors
{
    public static string ToJson(IReadOnlyList<Diagnostic> errors, string lists)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartArray();
            foreach (var d in errors)
            {
                var file = d.Location.File;
                var absolute = file.Length == 0 ? "" : Path.GetFullPath(Path.IsPathRooted(file) ? file : Path.Combine(lists, file));
                w.WriteStartObject();
                w.WriteString("file", file.Length == 0 ? "" : DiagnosticPaths.Display(absolute, lists));
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                w.WriteString("editor", absolute.Length == 0 ? "" : EditorLink(absolute, d.Location.Line, d.Location.Column));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary><c>vscode://file/&lt;absolute path&gt;:line:column</c>, the path percent-encoded segment by segment.</summary>
    public static string EditorLink(string absolutePath, int line, int column)
    {
        var path = string.Join('/', absolutePath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        return $"vscode://file{(path.StartsWith('/') ? "" : "/")}{path}:{Math.Max(1, line)}:{Math.Max(1, column)}";
    }
}
