using System.Collections.Immutable;
using System.Globalization;
using PowerList.Diagnostics;
using PowerList.Format;
using PowerList.Model;

namespace PowerList.Loading;

/// <summary>
/// Checks nodes of one file against a <see cref="Shape"/>: unknown keys (with a suggestion), values of the wrong
/// kind, booleans and integers. Every problem becomes a diagnostic; the offending value is treated as absent.
/// </summary>
public sealed class NodeReader(string path, List<Diagnostic> diagnostics)
{
    public string Path => path;

    public List<Diagnostic> Diagnostics => diagnostics;

    public SourceLocation At(YamlNode node) => new(path, node.Line, node.Column);

    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    /// <summary>Opens a mapping of <paramref name="shape"/>; null (with a diagnostic) when the node is not a mapping.</summary>
    public MappingView? Open(YamlNode node, Shape shape, string what)
    {
        if (node is YamlScalar { IsPlaceholder: true })
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(DiagnosticCodes.WrongType.At(At(node), what, "映射（键: 值）", node.KindName));
            return null;
        }

        var values = new YamlNode?[shape.Fields.Count];
        _keys.Clear();
        _places.Clear();
        foreach (var (key, value) in mapping.Pairs)
        {
            var index = shape.TryIndexOf(key.Value);
            if (index < 0)
            {
                diagnostics.Add(DiagnosticCodes.UnknownKey.At(At(key), key.Value, UnknownKeyHint(key.Value, shape)));
                continue;
            }

            if (value is YamlScalar { IsEmpty: true, IsPlaceholder: false })
            {
                continue; // nothing given: the field is absent
            }

            // The key is there even when its value is of the wrong kind (reported) or a placeholder: a required
            // field is then not reported missing as well. The shape's key string is kept (shared), not the file's.
            var field = shape.Fields[index];
            Place(field.Key, value);
            if (!Check(field, value))
            {
                continue;
            }

            values[index] = value;
            if (field.Kind == FieldKind.TextList && value is YamlSequence items)
            {
                for (var i = 0; i < items.Items.Count; i++)
                {
                    Place(field.ItemKey(i), items.Items[i]);
                }
            }
            else if (field.Kind == FieldKind.TextMap && value is YamlMapping map)
            {
                foreach (var (k, v) in map.Pairs)
                {
                    Place($"{field.Key}[{k.Value}]", v);
                }
            }
        }

        return new MappingView(this, shape, values, new SourceInfo(At(mapping), SharedKeys(shape), [.. _places], _keys.Count));
    }

    private readonly List<string> _keys = [];
    private readonly List<int> _places = [];
    private readonly Dictionary<Shape, string[]> _lastKeys = [];

    private void Place(string key, YamlNode value)
    {
        _keys.Add(key);
        _places.Add(value.Line);
        _places.Add(value.Column);
    }

    /// <summary>The keys just placed, as the same array as the previous object of this shape when they are the same.</summary>
    private string[] SharedKeys(Shape shape)
    {
        if (_keys.Count == 0)
        {
            return [];
        }

        if (_lastKeys.TryGetValue(shape, out var last) && last.Length == _keys.Count)
        {
            var same = true;
            for (var i = 0; i < last.Length && same; i++)
            {
                same = ReferenceEquals(last[i], _keys[i]);
            }

            if (same)
            {
                return last;
            }
        }

        var keys = _keys.ToArray();
        _lastKeys[shape] = keys;
        return keys;
    }

    private static string UnknownKeyHint(string typed, Shape shape)
    {
        foreach (var field in shape.Fields)
        {
            if (string.Equals(field.Title, typed, StringComparison.Ordinal))
            {
                return $"，是不是要写“{field.Key}”？";
            }
        }

        var hint = Suggestions.Hint(typed, shape.Fields.Select(f => f.Key));
        return hint.Length > 0 ? hint : "，此处可用的键：" + string.Join("、", shape.Fields.Select(f => f.Key));
    }

    /// <summary>True when the value fits the field's kind; reports otherwise.</summary>
    private bool Check(Field field, YamlNode value)
    {
        if (value is YamlScalar { IsPlaceholder: true })
        {
            return false;
        }

        switch (field.Kind)
        {
            case FieldKind.Text:
                return Expect<YamlScalar>(field, value, "文本");
            case FieldKind.Boolean:
                if (value is YamlScalar { IsPlain: true, Value: "true" or "false" })
                {
                    return true;
                }

                if (value is YamlScalar b)
                {
                    diagnostics.Add(DiagnosticCodes.NotBoolean.At(At(value), field.Key, b.Value));
                    return false;
                }

                return Expect<YamlScalar>(field, value, "true 或 false");
            case FieldKind.Integer:
                if (value is YamlScalar { IsPlain: true } n && int.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                {
                    return true;
                }

                if (value is YamlScalar i)
                {
                    diagnostics.Add(DiagnosticCodes.NotInteger.At(At(value), field.Key, i.Value));
                    return false;
                }

                return Expect<YamlScalar>(field, value, "整数");
            case FieldKind.TextList:
                if (!Expect<YamlSequence>(field, value, "文本列表"))
                {
                    return false;
                }

                foreach (var item in ((YamlSequence)value).Items)
                {
                    if (item is not YamlScalar)
                    {
                        diagnostics.Add(DiagnosticCodes.WrongType.At(At(item), field.Key + " 的每一项", "文本", item.KindName));
                    }
                }

                return true;
            case FieldKind.Object:
                return Expect<YamlMapping>(field, value, "映射（键: 值）");
            case FieldKind.ObjectList:
                return Expect<YamlSequence>(field, value, "列表");
            case FieldKind.TextMap:
                if (!Expect<YamlMapping>(field, value, "映射（列名: 值）"))
                {
                    return false;
                }

                foreach (var (key, item) in ((YamlMapping)value).Pairs)
                {
                    if (item is not YamlScalar)
                    {
                        diagnostics.Add(DiagnosticCodes.WrongType.At(At(item), key.Value, "文本", item.KindName));
                    }
                }

                return true;
            case FieldKind.Citations:
                if (value is YamlMapping)
                {
                    diagnostics.Add(DiagnosticCodes.WrongType.At(At(value), field.Key, "列表或文本", value.KindName));
                    return false;
                }

                return true;
            default:
                throw new InvalidOperationException($"Unknown field kind {field.Kind}.");
        }
    }

    private bool Expect<T>(Field field, YamlNode value, string expected)
        where T : YamlNode
    {
        if (value is T)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCodes.WrongType.At(At(value), field.Key, expected, value.KindName));
        return false;
    }
}
