using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Diagnostics;

/// <summary>Prints diagnostics for people (text), tools (JSON) and GitHub Actions; paths relative to a base folder.</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics, DiagnosticFormat format, string? baseDirectory = null)
    {
        switch (format)
        {
            case DiagnosticFormat.Text:
                foreach (var d in diagnostics)
                {
                    output.Write(d.Format(baseDirectory));
                    output.Write('\n');
                }

                break;
            case DiagnosticFormat.Json:
                output.Write(ToJson(diagnostics, baseDirectory));
                output.Write('\n');
                break;
            case DiagnosticFormat.GitHub:
                foreach (var d in diagnostics)
                {
                    output.Write(ToGitHub(d, baseDirectory));
                    output.Write('\n');
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>"3 个错误，1 个警告".</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        return string.Create(CultureInfo.InvariantCulture, $"{errors} 个错误，{diagnostics.Count - errors} 个警告");
    }

    public static string ToJson(IEnumerable<Diagnostic> diagnostics, string? baseDirectory = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", DiagnosticPaths.Display(d.Location.File, baseDirectory));
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string ToGitHub(Diagnostic d, string? baseDirectory = null)
    {
        var kind = d.IsError ? "error" : "warning";
        var file = Property(DiagnosticPaths.Display(d.Location.File, baseDirectory));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"::{kind} file={file},line={d.Location.Line},col={d.Location.Column},title={Property(d.Code)}::{Data(d.Message)}");
    }

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
