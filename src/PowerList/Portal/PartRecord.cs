using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Portal;

/// <summary>
/// <c>part.json</c>, the record of a part (<see cref="PortalPart"/>): indented UTF-8 JSON, keys in a fixed order, so the
/// same jurisdiction gives the same bytes. Written after the part's site, so a part with a record is complete.
/// </summary>
public static class PartRecord
{
    public const string FileName = "part.json";
    public const string SiteFolder = "site";
    private const int Format = 2;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(PortalPart part)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("id", part.Id);
            w.WriteString("name", part.Name);
            w.WriteString("title", part.Title);
            w.WriteString("level", part.Level);
            w.WriteString("division_code", part.DivisionCode);
            w.WriteString("parent", part.Parent);
            w.WriteNumber("entries", part.Entries);
            w.WriteNumber("departments", part.Departments);
            if (part.Conformity is { } c)
            {
                w.WriteStartObject("conformity");
                w.WriteString("catalogue", c.Catalogue);
                w.WriteNumber("implemented", c.Implemented);
                w.WriteNumber("missing", c.Missing);
                w.WriteNumber("extra", c.Extra);
                w.WriteNumber("wrong_level", c.WrongLevel);
                w.WriteBoolean("applicable", c.Applicable);
                w.WriteString("note", c.Note);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("conformity");
            }

            w.WriteStartObject("portal");
            w.WriteString("title", part.Portal.Title);
            w.WriteString("description", part.Portal.Description);
            w.WriteString("base_url", part.Portal.BaseUrl);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The record in <paramref name="partFolder"/>.</summary>
    /// <exception cref="InvalidDataException">No record, or one this program cannot read.</exception>
    public static PortalPart Read(string partFolder)
    {
        var path = Path.Combine(partFolder, FileName);
        if (!File.Exists(path) || !Directory.Exists(Path.Combine(partFolder, SiteFolder)))
        {
            throw new InvalidDataException($"{partFolder} 不是完整的辖区部分：缺少 {FileName} 或 {SiteFolder}/（用 powerlist build --part 生成）");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var r = doc.RootElement;
            if (r.GetProperty("format").GetInt32() != Format)
            {
                throw new InvalidDataException($"{path}：不认识的格式版本");
            }

            string S(JsonElement e, string key) => e.GetProperty(key).GetString() ?? "";
            var c = r.GetProperty("conformity");
            var p = r.GetProperty("portal");
            return new PortalPart
            {
                Id = S(r, "id"),
                Name = S(r, "name"),
                Title = S(r, "title"),
                Level = S(r, "level"),
                DivisionCode = S(r, "division_code"),
                Parent = S(r, "parent"),
                Entries = r.GetProperty("entries").GetInt32(),
                Departments = r.GetProperty("departments").GetInt32(),
                Conformity = c.ValueKind == JsonValueKind.Null ? null : new PartConformity(
                    S(c, "catalogue"), c.GetProperty("implemented").GetInt32(), c.GetProperty("missing").GetInt32(),
                    c.GetProperty("extra").GetInt32(), c.GetProperty("wrong_level").GetInt32(),
                    c.GetProperty("applicable").GetBoolean(), S(c, "note")),
                Portal = new PortalInfo { Title = S(p, "title"), Description = S(p, "description"), BaseUrl = S(p, "base_url") },
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path} 无法读取：{ex.Message}", ex);
        }
    }
}
