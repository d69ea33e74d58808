using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Model;

namespace PowerList.Conformity;

/// <summary>
/// A <see cref="CatalogueUse"/> as compact UTF-8 JSON (a portal part's <c>catalogue-use.json</c>): <c>{format, id,
/// jurisdiction, level, items: [{code, name, category, levels, basis}], entries: [{item, code, name?, statutory,
/// promised, basis?}]}</c>. An entry's <c>name</c> and <c>basis</c> are left out when they are its item's (format 2:
/// most entries word the item as the catalogue does, and the basis was 40 % of a county's file); <see cref="Read"/>
/// takes them from the item. The same use gives the same bytes; <see cref="Read"/> gives back an equal use.
/// </summary>
public static class CatalogueUseJson
{
    public const string FileName = "catalogue-use.json";
    private const int Format = 2;

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
            var items = ItemsByCode(use.Items);
            foreach (var e in use.Entries)
            {
                var item = items.GetValueOrDefault(e.Item);
                w.WriteStartObject();
                w.WriteString("item", e.Item);
                w.WriteString("code", e.Code);
                if (item?.Name != e.Name)
                {
                    w.WriteString("name", e.Name);
                }

                w.WriteString("statutory", e.StatutoryLimit);
                w.WriteString("promised", e.PromisedLimit);
                if (item?.Basis != e.Basis)
                {
                    w.WriteString("basis", e.Basis);
                }

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

    /// <summary>An item by its code (the first of a code, as the side-by-side view takes it).</summary>
    private static Dictionary<string, CatalogueItem> ItemsByCode(ImmutableArray<CatalogueItem> items)
    {
        var byCode = new Dictionary<string, CatalogueItem>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byCode.TryAdd(item.Code, item);
        }

        return byCode;
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
            ImmutableArray<CatalogueItem> items = [.. r.GetProperty("items").EnumerateArray().Select(i => new CatalogueItem
            {
                Code = S(i, "code"),
                Name = S(i, "name"),
                Category = S(i, "category"),
                Levels = [.. i.GetProperty("levels").EnumerateArray().Select(l => l.GetString() ?? "")],
                Basis = S(i, "basis"),
            })];
            var byCode = ItemsByCode(items);

            // Left out: the item's (an entry names an item of the use; one that does not is not a use this program wrote).
            string Or(JsonElement e, string key, string item, Func<CatalogueItem, string> field) =>
                e.TryGetProperty(key, out var value) ? value.GetString() ?? "" : field(byCode[item]);
            var entries = r.GetProperty("entries").EnumerateArray().Select(e =>
            {
                var item = S(e, "item");
                return new CatalogueUseEntry(item, S(e, "code"), Or(e, "name", item, i => i.Name), S(e, "statutory"), S(e, "promised"), Or(e, "basis", item, i => i.Basis));
            });
            return new CatalogueUse(S(r, "id"), S(r, "jurisdiction"), S(r, "level"), items, [.. entries]);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} 无法读取：{ex.Message}", ex);
        }
    }
}
