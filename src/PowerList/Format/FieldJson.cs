using System.Text.Json;
using PowerList.Model;

namespace PowerList.Format;

/// <summary>
/// Writes a record's keys as JSON in the order of its <see cref="RecordTable"/>, a key only when its value is not the
/// default (<c>public: true</c>, empty text or list, absent object). The one walk of the field table behind the JSON
/// export and the snapshot; <see cref="FieldJsonRules"/> says where they differ.
/// </summary>
public static class FieldJson
{
    /// <summary>The record as a JSON object.</summary>
    public static void Record(Utf8JsonWriter w, RecordTable table, Sourced record, FieldJsonRules rules)
    {
        w.WriteStartObject();
        foreach (var f in table.Fields)
        {
            Field(w, f, record, rules);
        }

        w.WriteEndObject();
    }

    /// <summary>One key of <paramref name="owner"/>, or nothing when its value is the default.</summary>
    public static void Field(Utf8JsonWriter w, FieldSpec f, Sourced owner, FieldJsonRules rules)
    {
        switch (f.Kind)
        {
            case FieldKind.Text:
                var text = f.Text(owner);
                if (text.Length > 0 || (f.Always && rules.WriteAlways))
                {
                    w.WriteString(f.Key, text);
                }

                break;
            case FieldKind.Boolean:
                var flag = f.Flag(owner);
                if (!f.OmitDefault || flag != f.Absent)
                {
                    w.WriteBoolean(f.Key, flag);
                }

                break;
            case FieldKind.TextList:
                var texts = f.Texts(owner);
                if (texts.Length > 0)
                {
                    w.WriteStartArray(f.Key);
                    foreach (var t in texts)
                    {
                        w.WriteStringValue(t);
                    }

                    w.WriteEndArray();
                }

                break;
            case FieldKind.TextMap:
                var map = f.Map(owner);
                if (map.Count > 0)
                {
                    w.WriteStartObject(f.Key);
                    foreach (var (k, v) in map)
                    {
                        w.WriteString(k, v);
                    }

                    w.WriteEndObject();
                }

                break;
            case FieldKind.Object:
                if (f.Object(owner) is { } o && (!rules.OmitEmptyObjects || f.Item!.HasContent(o)))
                {
                    w.WritePropertyName(f.Key);
                    Record(w, f.Item!, o, rules);
                }

                break;
            case FieldKind.ObjectList or FieldKind.Citations:
                var items = f.Items(owner);
                if (items.Length == 0)
                {
                    break;
                }

                if (f.Kind == FieldKind.Citations && rules.Citations is { } citations)
                {
                    citations(w, f.Key, items);
                    break;
                }

                w.WriteStartArray(f.Key);
                foreach (var item in items)
                {
                    Record(w, f.Item!, item, rules);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unknown field kind {f.Kind}.");
        }
    }
}
