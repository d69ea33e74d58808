using PowerList.Output;
using PowerList.Versions.Formatting;

namespace PowerList.Conformity;

/// <summary>
/// The JSON form of an <see cref="ItemAcross"/> (<c>powerlist conform --item CODE --format json</c>, docs/cli.md):
/// <c>{code, name, category, levels, basis, common_limits: {statutory, promised}, jurisdictions: [{id, jurisdiction,
/// level, status, entry, name, statutory_limit, promised_limit, longer_limit, reworded, name_diff, basis_diff}]}</c>,
/// diffs as <c>[{op, text}]</c> like the versions' diff JSON. Indented UTF-8; the same input gives the same bytes.
/// </summary>
public static class ItemAcrossJson
{
    public static byte[] Write(ItemAcross across) => IndentedJson.Write(w =>
    {
        var item = across.Item;
        w.WriteStartObject();
        ConformityJson.Identity(w, item.Code, item.Name, item.Category, item.Levels);
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
            SegmentsJson.Write(w, "name_diff", row.NameDiff);
            SegmentsJson.Write(w, "basis_diff", row.BasisDiff);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
