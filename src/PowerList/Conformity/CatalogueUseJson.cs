using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>
/// A <see cref="CatalogueUse"/> as compact UTF-8 JSON (a portal part's <c>catalogue-use.json</c>): <c>{format, id,
/// jurisdiction, level, items: [{code, name, category, levels, basis}], entries: [{item, code, name, statutory,
/// promised, basis}]}</c>. The same use gives the same bytes; <see cref="Read"/> gives back an equal use.
/// </summary>
public static class CatalogueUseJson
{
    public const string FileName = "catalogue-use.json";
    private const int Format = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(CatalogueUse use)
    {
        using var stream = new MemoryStream();
        Write(use, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the same bytes as <see cref="Write(CatalogueUse)"/> into <paramref name="stream"/>, a block at a time (megabytes for a county: no large buffer).</summary>
    public static void Write(CatalogueUse use, Stream stream)
    {
        const int block = 64 * 1024;
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("id", use.Id);
            w.WriteString("jurisdiction", use.Jurisdiction);
            w.WriteString("level", use.Level);
            w.WriteStartArray("items");
            foreach (var item in use.Items)
            {
                w.WriteStartObject();
                w.WriteString("code", item.Code);
                w.WriteString("name", item.Name);
                w.WriteString("category", item.Category);
                w.WriteStartArray("levels");
                foreach (var level in item.Levels)
                {
                    w.WriteStringValue(level);
                }

                w.WriteEndArray();
                w.WriteString("basis", item.Basis);
                w.WriteEndObject();
                if (w.BytesPending >= block)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("entries");
            foreach (var e in use.Entries)
            {
                w.WriteStartObject();
                w.WriteString("item", e.Item);
                w.WriteString("code", e.Code);
                w.WriteString("name", e.Name);
                w.WriteString("statutory", e.StatutoryLimit);
                w.WriteString("promised", e.PromisedLimit);
                w.WriteString("basis", e.Basis);
                w.WriteEndObject();
                if (w.BytesPending >= block)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <exception cref="InvalidDataException">Not a use this program wrote.</exception>
    public static CatalogueUse Read(byte[] json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            if (r.GetProperty("format").GetInt32() != Format)
            {
                throw new InvalidDataException($"{path}：不认识的格式版本");
            }

            static string S(JsonElement e, string key) => e.GetProperty(key).GetString() ?? "";
            var items = r.GetProperty("items").EnumerateArray().Select(i => new CatalogueItem
            {
                Code = S(i, "code"),
                Name = S(i, "name"),
                Category = S(i, "category"),
                Levels = [.. i.GetProperty("levels").EnumerateArray().Select(l => l.GetString() ?? "")],
                Basis = S(i, "basis"),
            });
            var entries = r.GetProperty("entries").EnumerateArray().Select(e => new CatalogueUseEntry(
                S(e, "item"), S(e, "code"), S(e, "name"), S(e, "statutory"), S(e, "promised"), S(e, "basis")));
            return new CatalogueUse(S(r, "id"), S(r, "jurisdiction"), S(r, "level"), [.. items], [.. entries]);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} 无法读取：{ex.Message}", ex);
        }
    }
}
