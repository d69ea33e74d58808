using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Conformity;

/// <summary>
/// The JSON form of a <see cref="ConformityReport"/> (<c>powerlist conform --format json</c>, docs/cli.md):
/// <c>{jurisdiction, level, catalogue, applicable, counts, implemented, missing, extra, wrong_level}</c>, each list of
/// <c>{code, name, category, levels, entries}</c>. Indented UTF-8; the same report gives the same bytes.
/// </summary>
public static class ConformityJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ConformityReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("jurisdiction", report.Jurisdiction);
            w.WriteString("level", report.Level);
            w.WriteString("catalogue", report.Catalogue);
            w.WriteBoolean("applicable", report.Applicable);
            w.WriteStartObject("counts");
            w.WriteNumber("implemented", report.Implemented.Length);
            w.WriteNumber("missing", report.Missing.Length);
            w.WriteNumber("extra", report.Extra.Length);
            w.WriteNumber("wrong_level", report.WrongLevel.Length);
            w.WriteEndObject();
            Items(w, "implemented", report.Implemented);
            Items(w, "missing", report.Missing);
            Items(w, "extra", report.Extra);
            Items(w, "wrong_level", report.WrongLevel);
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Items(Utf8JsonWriter w, string name, IEnumerable<ConformityItem> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
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
            w.WriteStartArray("entries");
            foreach (var code in item.Entries)
            {
                w.WriteStringValue(code);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
