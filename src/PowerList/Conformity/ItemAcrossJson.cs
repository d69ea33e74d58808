using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Versions.Diffing;

namespace PowerList.Conformity;

/// <summary>
/// The JSON form of an <see cref="ItemAcross"/> (<c>powerlist conform --item CODE --format json</c>, docs/cli.md):
/// <c>{code, name, category, levels, basis, common_limits: {statutory, promised}, jurisdictions: [{id, jurisdiction,
/// level, status, entry, name, statutory_limit, promised_limit, longer_limit, reworded, name_diff, basis_diff}]}</c>,
/// diffs as <c>[{op, text}]</c> like the versions' diff JSON. Indented UTF-8; the same input gives the same bytes.
/// </summary>
public static class ItemAcrossJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ItemAcross across)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            var item = across.Item;
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
            w.WriteStartObject("common_limits");
            w.WriteString("statutory", across.CommonStatutoryLimit);
            w.WriteString("promised", across.CommonPromisedLimit);
            w.WriteEndObject();
            w.WriteStartArray("jurisdictions");
            foreach (var row in across.Rows)
            {
                w.WriteStartObject();
                w.WriteString("id", row.Jurisdiction);
                w.WriteString("jurisdiction", row.JurisdictionName);
                w.WriteString("level", row.Level);
                w.WriteString("status", row.Status);
                w.WriteString("entry", row.EntryCode);
                w.WriteString("name", row.EntryName);
                w.WriteString("statutory_limit", row.StatutoryLimit);
                w.WriteString("promised_limit", row.PromisedLimit);
                w.WriteBoolean("longer_limit", row.LongerLimit);
                w.WriteBoolean("reworded", row.Reworded);
                Segments(w, "name_diff", row.NameDiff);
                Segments(w, "basis_diff", row.BasisDiff);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Segments(Utf8JsonWriter w, string name, IEnumerable<TextSegment> segments)
    {
        w.WriteStartArray(name);
        foreach (var s in segments)
        {
            w.WriteStartObject();
            w.WriteString("op", s.Op.ToString());
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
