using System.Text.Json;
using PowerList.Output;

namespace PowerList.Conformity;

/// <summary>
/// The JSON form of a <see cref="ConformityReport"/> (<c>powerlist conform --format json</c>, docs/cli.md):
/// <c>{jurisdiction, level, catalogue, applicable, counts, implemented, missing, extra, wrong_level}</c>, each list of
/// <c>{code, name, category, levels, entries}</c>. Indented UTF-8; the same report gives the same bytes.
/// </summary>
public static class ConformityJson
{
    public static byte[] Write(ConformityReport report) => IndentedJson.Write(w =>
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
    });

    /// <summary>A catalogue item's identity as the conformity JSONs write it: code, name, category, levels.</summary>
    public static void Identity(Utf8JsonWriter w, string code, string name, string category, IEnumerable<string> levels)
    {
        w.WriteString("code", code);
        w.WriteString("name", name);
        w.WriteString("category", category);
        w.WriteStartArray("levels");
        foreach (var level in levels)
        {
            w.WriteStringValue(level);
        }

        w.WriteEndArray();
    }

    private static void Items(Utf8JsonWriter w, string name, IEnumerable<ConformityItem> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            Identity(w, item.Code, item.Name, item.Category, item.Levels);
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
