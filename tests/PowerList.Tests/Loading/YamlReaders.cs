using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PowerList.Diagnostics;
using PowerList.Loading;

namespace PowerList.Tests.Loading;

/// <summary>
/// The two readers of <see cref="YamlFileReader"/> side by side: the usual path (the fast reader, YamlDotNet when it
/// declines) and YamlDotNet alone; an outcome is the tree with its positions, or the first diagnostic.
/// </summary>
internal static partial class YamlReaders
{
    public static LoadOptions YamlDotNetOnly { get; } = LoadOptions.Default with { FastReader = false };

    /// <summary>"error PLnnnn line:column" for the first diagnostic, else the tree with positions.</summary>
    public static string Outcome(string text, LoadOptions options) => Outcome(text, options, out _);

    public static string Outcome(string text, LoadOptions options, out YamlNode? root)
    {
        var diagnostics = new List<Diagnostic>();
        root = YamlFileReader.Parse("f.yaml", Encoding.UTF8.GetBytes(text), options, diagnostics, out _);
        if (diagnostics.Count > 0)
        {
            var d = diagnostics[0];
            return $"error {d.Code} {d.Location.Line}:{d.Location.Column}";
        }

        var sb = new StringBuilder();
        Dump(root, sb);
        return sb.ToString();
    }

    /// <summary>Null when the usual path, YamlDotNet alone and the same text with CRLF line ends all agree; else what differs.</summary>
    public static string? Disagreement(string text)
    {
        var usual = Outcome(text, LoadOptions.Default);
        var alone = Outcome(text, YamlDotNetOnly);
        if (usual != alone)
        {
            return $"usual: {Cut(usual)} | YamlDotNet alone: {Cut(alone)}";
        }

        var crlf = LoneLf().Replace(text, "\r\n");
        if (crlf != text && Outcome(crlf, LoadOptions.Default) is var withCrlf && withCrlf != usual)
        {
            return $"LF: {Cut(usual)} | CRLF: {Cut(withCrlf)}";
        }

        return null;
    }

    /// <summary>The values of a tree as JSON (mappings in key order, sequences, strings), without positions.</summary>
    public static string Json(YamlNode? node) =>
        ToJson(node)?.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";

    private static JsonNode? ToJson(YamlNode? node) => node switch
    {
        null => null,
        YamlScalar s => JsonValue.Create(s.Value),
        YamlSequence q => new JsonArray([.. q.Items.Select(ToJson)]),
        YamlMapping m => new JsonObject(m.Pairs.Select(p => KeyValuePair.Create(p.Key.Value, ToJson(p.Value)))),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static void Dump(YamlNode? node, StringBuilder sb)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case YamlScalar s:
                sb.Append(s.IsPlain ? 'p' : 'q').Append(s.IsPlaceholder ? "!" : "").Append(JsonSerializer.Serialize(s.Value));
                break;
            case YamlSequence q:
                sb.Append('[');
                foreach (var item in q.Items)
                {
                    Dump(item, sb);
                    sb.Append(',');
                }

                sb.Append(']');
                break;
            case YamlMapping m:
                sb.Append('{');
                foreach (var (key, value) in m.Pairs)
                {
                    Dump(key, sb);
                    sb.Append(':');
                    Dump(value, sb);
                    sb.Append(',');
                }

                sb.Append('}');
                break;
        }

        if (node is not null)
        {
            sb.Append('@').Append(node.Line).Append(':').Append(node.Column);
        }
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;

    [GeneratedRegex("(?<!\r)\n")]
    private static partial Regex LoneLf();
}
