using System.Text.Json;
using PowerList.Versions.Diffing;

namespace PowerList.Versions.Formatting;

/// <summary>A word diff as JSON, <c>[{op, text}]</c>: the versions' diff JSON and the conformity's side-by-side item both write it.</summary>
public static class SegmentsJson
{
    public static void Write(Utf8JsonWriter w, string key, IEnumerable<TextSegment> segments)
    {
        w.WriteStartArray(key);
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
