using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Building;
using PowerList.Diagnostics;

namespace PowerList.Portal;

/// <summary>
/// <c>inputs.json</c> beside a part's <c>part.json</c>: a key of everything the part was built from and the
/// jurisdiction's diagnostics as shown then. A later <c>build</c> of the portal, in another process, whose key for the
/// jurisdiction is the same keeps the part as it is and shows the stored diagnostics instead of loading it again. The
/// key is of bytes, not times: the jurisdiction folder's files (relative paths and contents), the portal's own files
/// (<c>portal.yaml</c>, the shared catalogue and synonyms), the templates, the program's build (a rebuilt PowerList
/// gives another key), where the portal lies and how parts are built. Anything else changing makes another key, so an
/// unneeded rebuild may happen but a needed one is never skipped. Written after the part (and removed before it is
/// built again), so a record that matches means a complete part.
/// </summary>
public static class PartInputs
{
    public const string FileName = "inputs.json";
    private const int Format = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What every part of the portal at <paramref name="root"/> reads besides its own folder.</summary>
    /// <param name="templatesKey">The templates' key (<see cref="Site.Templates.TemplateSource.Key"/>).</param>
    public static string SharedKey(string root, string templatesKey, PartOptions options)
    {
        var full = Path.GetFullPath(root);
        var files = Directory.EnumerateFiles(full).Select(Path.GetFileName).OfType<string>();
        return Hash(
            $"powerlist part inputs {Format}",
            IncrementalSession.CodeKey,
            full,
            ContentKey.OfFiles(files, name => File.ReadAllBytes(Path.Combine(full, name))),
            templatesKey,
            options.Precompress is null ? "no gzip" : "gzip",
            options.Preview ? "preview" : "site");
    }

    /// <summary>The key of jurisdiction <paramref name="id"/> (its lists in <paramref name="folder"/>) under <paramref name="sharedKey"/>.</summary>
    public static string Key(string sharedKey, string id, string folder) =>
        Hash(sharedKey, id, Path.GetFullPath(folder), ContentKey.OfFolder(folder));

    /// <summary>
    /// The diagnostics stored with the part in <paramref name="partFolder"/> when it is complete and was built from
    /// <paramref name="key"/>; null otherwise (no part, an older one, other inputs, a record this program cannot read).
    /// </summary>
    public static IReadOnlyList<Diagnostic>? Unchanged(string partFolder, string key)
    {
        var path = Path.Combine(partFolder, FileName);
        if (!File.Exists(path) || !File.Exists(Path.Combine(partFolder, PartRecord.FileName)) || !Directory.Exists(Path.Combine(partFolder, PartRecord.SiteFolder)))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var r = doc.RootElement;
            if (r.GetProperty("format").GetInt32() != Format || r.GetProperty("key").GetString() != key)
            {
                return null;
            }

            return [.. r.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
                new SourceLocation(d.GetProperty("file").GetString() ?? "", d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
                d.GetProperty("severity").GetString() == "error" ? Severity.Error : Severity.Warning,
                d.GetProperty("code").GetString() ?? "",
                d.GetProperty("message").GetString() ?? ""))];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null; // unreadable: build the part again
        }
    }

    /// <summary>Removes the record before the part in <paramref name="partFolder"/> is built again.</summary>
    public static void Forget(string partFolder) => File.Delete(Path.Combine(partFolder, FileName));

    /// <summary>Records, after the part in <paramref name="partFolder"/> is complete, its key and <paramref name="diagnostics"/>.</summary>
    public static void Write(string partFolder, string key, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("key", key);
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("file", d.Location.File);
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("severity", d.IsError ? "error" : "warning");
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        var path = Path.Combine(partFolder, FileName);
        File.WriteAllBytes(path + ".tmp", stream.ToArray());
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))));
}
