using System.Text;

namespace PowerList.Writing;

/// <summary>
/// A small block-style YAML emitter with fixed key order (the caller's), two-space indentation and '\n' line
/// ends. Empty values are the caller's to omit.
/// </summary>
public sealed class YamlWriter
{
    private readonly StringBuilder _sb = new();

    public YamlWriter Comment(string text)
    {
        _sb.Append("# ").Append(text).Append('\n');
        return this;
    }

    /// <summary><c>key: value</c> at <paramref name="indent"/>; multi-line text becomes a block literal.</summary>
    public YamlWriter Scalar(int indent, string key, string value, string prefix = "")
    {
        Lead(indent, prefix).Append(key).Append(':');
        Value(indent, value);
        return this;
    }

    /// <summary><c>key: true|false</c>.</summary>
    public YamlWriter Bool(int indent, string key, bool value, string prefix = "")
    {
        Lead(indent, prefix).Append(key).Append(": ").Append(value ? "true" : "false").Append('\n');
        return this;
    }

    public YamlWriter Int(int indent, string key, int value, string prefix = "")
    {
        Lead(indent, prefix).Append(key).Append(": ").Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    /// <summary><c>key:</c> opening a nested mapping or sequence.</summary>
    public YamlWriter Key(int indent, string key, string prefix = "")
    {
        Lead(indent, prefix).Append(key).Append(":\n");
        return this;
    }

    /// <summary>A sequence of strings as <c>key: [a, b]</c> when short, else one <c>- item</c> per line.</summary>
    public YamlWriter List(int indent, string key, IReadOnlyList<string> items, string prefix = "")
    {
        var inline = items.All(i => YamlScalar.IsPlainSafe(i) && !i.Contains(',') && !i.Contains('[') && !i.Contains(']') && !i.Contains('{') && !i.Contains('}'))
            && items.Sum(i => i.Length + 2) < 60;
        if (inline)
        {
            Lead(indent, prefix).Append(key).Append(": [").Append(string.Join(", ", items)).Append("]\n");
            return this;
        }

        Key(indent, key, prefix);
        foreach (var item in items)
        {
            Lead(indent + 2, "- ");
            Value(indent + 2, item, afterDash: true);
        }

        return this;
    }

    /// <summary>A <c>key: value</c> whose key may need quoting (extra columns).</summary>
    public YamlWriter ScalarQuotedKey(int indent, string key, string value) => Scalar(indent, YamlScalar.Inline(key), value);

    public override string ToString() => _sb.ToString();

    private StringBuilder Lead(int indent, string prefix)
    {
        if (prefix.Length > 0)
        {
            _sb.Append(' ', Math.Max(0, indent - prefix.Length)).Append(prefix);
        }
        else
        {
            _sb.Append(' ', indent);
        }

        return _sb;
    }

    private void Value(int indent, string value, bool afterDash = false)
    {
        if (YamlScalar.CanBeBlock(value))
        {
            var (header, lines) = YamlScalar.Block(value);
            _sb.Append(afterDash ? "" : " ").Append(header).Append('\n');
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    _sb.Append(' ', indent + 2).Append(line);
                }

                _sb.Append('\n');
            }

            return;
        }

        _sb.Append(afterDash ? "" : " ").Append(YamlScalar.Inline(value)).Append('\n');
    }
}
