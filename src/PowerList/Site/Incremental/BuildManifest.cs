using System.Text;
using System.Text.Json;

namespace PowerList.Site.Incremental;

/// <summary>
/// <c>&lt;site&gt;/.powerlist-build.json</c>: what the previous build was made from. <see cref="Code"/> names the
/// PowerList build that wrote it (a different program re-renders everything); <see cref="Files"/> maps every output
/// path to the key of its inputs and its length. The manifest is part of the site so it is swapped in atomically
/// with the pages it describes; it is written last, with sorted keys, so a clean build and an incremental build of
/// the same lists give the same bytes. Deployments may leave it out (it holds only hashes of public content).
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".powerlist-build.json";

    private const int FormatVersion = 1;

    public BuildManifest(string code, IReadOnlyDictionary<string, ManifestItem> files)
    {
        Code = code;
        Files = files;
    }

    public string Code { get; }

    public IReadOnlyDictionary<string, ManifestItem> Files { get; }

    /// <summary>The manifest of the site in <paramref name="siteFolder"/>, or null when there is none or it cannot be read.</summary>
    public static BuildManifest? TryLoad(string siteFolder)
    {
        var path = Path.Combine(siteFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.GetProperty("format").GetInt32() != FormatVersion)
            {
                return null;
            }

            var files = new Dictionary<string, ManifestItem>(StringComparer.Ordinal);
            foreach (var file in root.GetProperty("files").EnumerateObject())
            {
                files[file.Name] = new ManifestItem(file.Value[0].GetString() ?? "", file.Value[1].GetInt64());
            }

            return new BuildManifest(root.GetProperty("code").GetString() ?? "", files);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteString("code", Code);
            json.WriteStartObject("files");
            foreach (var (path, item) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(path);
                json.WriteStringValue(item.Key);
                json.WriteNumberValue(item.Length);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
