using System.Text;
using System.Text.Json;
using PowerList.Output;

namespace PowerList.Format;

/// <summary>
/// Writes the JSON Schemas (draft-07, what yaml-language-server reads best) of the list files from
/// <see cref="ListFormat"/>: the same shapes the loader accepts, with Chinese titles for editor completion.
/// </summary>
public static class JsonSchemaWriter
{
    /// <summary>One file per kind of list file (<see cref="ListFormat.SchemaFiles"/>), UTF-8, ending in a newline.</summary>
    public static IReadOnlyList<OutputFile> WriteAll() =>
        ListFormat.SchemaFiles.Select(f => new OutputFile(f.FileName, Write(f.Root))).ToArray();

    public static byte[] Write(Shape root)
    {
        var definitions = new List<Shape>();
        Collect(root, definitions, new HashSet<Shape>());
        definitions.Remove(root);
        definitions.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        return IndentedJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            WriteShapeBody(json, root);
            if (definitions.Count > 0)
            {
                json.WriteStartObject("definitions");
                foreach (var shape in definitions)
                {
                    json.WriteStartObject(shape.Name);
                    WriteShapeBody(json, shape);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }

    private static void Collect(Shape shape, List<Shape> into, HashSet<Shape> seen)
    {
        if (!seen.Add(shape))
        {
            return;
        }

        into.Add(shape);
        foreach (var field in shape.Fields)
        {
            if (field.Item is { } item)
            {
                Collect(item, into, seen);
            }
        }
    }

    private static void WriteShapeBody(Utf8JsonWriter json, Shape shape)
    {
        json.WriteString("title", shape.Title);
        json.WriteString("description", shape.Description);
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        var required = shape.Fields.Where(f => f.Required).ToArray();
        if (required.Length > 0)
        {
            json.WriteStartArray("required");
            foreach (var field in required)
            {
                json.WriteStringValue(field.Key);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        foreach (var field in shape.Fields)
        {
            json.WriteStartObject(field.Key);
            WriteField(json, field);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, Field field)
    {
        json.WriteString("title", field.Title);
        if (field.Description.Length > 0)
        {
            json.WriteString("description", field.Description);
        }

        switch (field.Kind)
        {
            case FieldKind.Text when field.Allowed is { } allowed:
                json.WriteStartArray("enum");
                foreach (var value in allowed)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                break;
            case FieldKind.Text when field.Pattern is { } pattern:
                Types(json, "string", "number");
                json.WriteString("pattern", pattern);
                break;
            case FieldKind.Text:
                Types(json, "string", "number", "boolean", "null");
                break;
            case FieldKind.Boolean:
                json.WriteString("type", "boolean");
                break;
            case FieldKind.Integer:
                json.WriteString("type", "integer");
                break;
            case FieldKind.TextList:
                Types(json, "array", "null");
                json.WriteStartObject("items");
                Types(json, "string", "number", "boolean");
                json.WriteEndObject();
                break;
            case FieldKind.Object:
                json.WriteStartArray("anyOf");
                Reference(json, field.Item!);
                json.WriteStartObject();
                json.WriteString("type", "null");
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case FieldKind.ObjectList:
                Types(json, "array", "null");
                json.WriteStartObject("items");
                json.WriteString("$ref", "#/definitions/" + field.Item!.Name);
                json.WriteEndObject();
                break;
            case FieldKind.TextMap:
                Types(json, "object", "null");
                json.WriteStartObject("additionalProperties");
                Types(json, "string", "number", "boolean", "null");
                json.WriteEndObject();
                break;
            case FieldKind.Citations:
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                Types(json, "string", "null");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteEndObject();
                Reference(json, field.Item!);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unknown field kind {field.Kind}.");
        }
    }

    private static void Reference(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartObject();
        json.WriteString("$ref", "#/definitions/" + shape.Name);
        json.WriteEndObject();
    }

    private static void Types(Utf8JsonWriter json, params string[] types)
    {
        json.WriteStartArray("type");
        foreach (var type in types)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
    }
}
