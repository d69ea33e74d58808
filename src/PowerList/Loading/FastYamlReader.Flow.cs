namespace PowerList.Loading;

// FastYamlReader: One-line flow sequences and mappings.
internal sealed partial class FastYamlReader
{
    /// <summary>
    /// A one-line flow sequence of plain or quoted scalars and flow mappings, like <c>[a, "b c", {k: v}]</c>;
    /// <paramref name="end"/> is past the <c>]</c>.
    /// </summary>
    private YamlSequence ParseFlowSequence(int at, out int end)
    {
        Open();
        var line = _line + 1;
        var column = at - _starts[_line] + 1;
        var start = _items.Count;
        var i = SkipSpaces(at + 1);
        if (_t[i] != ']')
        {
            while (true)
            {
                _items.Add(_t[i] == '{' ? ParseFlowMapping(i, out i) : FlowScalar(ref i, ']'));
                if (!FlowNext(ref i, ']'))
                {
                    break;
                }
            }
        }

        end = i + 1;
        _depth--;
        var items = _items.GetRange(start, _items.Count - start);
        _items.RemoveRange(start, items.Count);
        return new YamlSequence(line, column, items);
    }

    /// <summary>A one-line flow mapping of plain keys and plain or quoted values, like <c>{k: v, l: "w"}</c>.</summary>
    private YamlMapping ParseFlowMapping(int at, out int end)
    {
        Open();
        var line = _line + 1;
        var column = at - _starts[_line] + 1;
        var start = _pairs.Count;
        HashSet<string>? seen = null;
        var i = SkipSpaces(at + 1);
        if (_t[i] != '}')
        {
            while (true)
            {
                var keyAt = i;
                if (IsIndicator(_t[i]))
                {
                    throw Decline();
                }

                while (_t[i] != ':')
                {
                    if (_t[i] is '\n' or ',' or '#' or '[' or ']' or '{' or '}')
                    {
                        throw Decline();
                    }

                    i++;
                }

                if (_t[i + 1] != ' ' || _t[i - 1] == ' ' || HasAliasWord(keyAt, i))
                {
                    throw Decline();
                }

                Count();
                var key = new YamlScalar(line, keyAt - _starts[_line] + 1, Str(_t.AsSpan(keyAt, i - keyAt)), isPlain: true);
                i = SkipSpaces(i + 1);
                if (_t[i] is ',' or '}' or '{' or '[')
                {
                    throw Decline();
                }

                var value = FlowScalar(ref i, '}');
                if (IsDuplicate(start, key.Value, ref seen))
                {
                    throw Decline();
                }

                _pairs.Add(new(key, value));
                if (!FlowNext(ref i, '}'))
                {
                    break;
                }
            }
        }

        end = i + 1;
        _depth--;
        var pairs = _pairs.GetRange(start, _pairs.Count - start);
        _pairs.RemoveRange(start, pairs.Count);
        return new YamlMapping(line, column, pairs);
    }

    private int SkipSpaces(int i)
    {
        while (_t[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>After a flow item: true with <paramref name="i"/> at the next item, false at <paramref name="close"/>.</summary>
    private bool FlowNext(ref int i, char close)
    {
        i = SkipSpaces(i);
        if (_t[i] == close)
        {
            return false;
        }

        if (_t[i] != ',')
        {
            throw Decline();
        }

        i = SkipSpaces(i + 1);
        if (_t[i] is ']' or '}' or ',' or '\n')
        {
            throw Decline();
        }

        return true;
    }

    /// <summary>A quoted or plain scalar inside a one-line flow collection; <paramref name="i"/> moves past it.</summary>
    private YamlScalar FlowScalar(ref int i, char close)
    {
        var start = i;
        string value;
        var plain = false;
        switch (_t[i])
        {
            case '"':
                value = ParseDoubleQuoted(i, out i);
                break;
            case '\'':
                value = ParseSingleQuoted(i, out i);
                break;
            default:
                if (IsIndicator(_t[i]))
                {
                    throw Decline();
                }

                while (_t[i] != ',' && _t[i] != close)
                {
                    if (_t[i] is '\n' or ':' or '#' or '[' or ']' or '{' or '}')
                    {
                        throw Decline();
                    }

                    i++;
                }

                value = Str(_t.AsSpan(start, i - start).TrimEnd(' '));
                plain = true;
                break;
        }

        Count();
        if (value.Length > _options.MaxScalarChars)
        {
            throw Decline();
        }

        return new YamlScalar(_line + 1, start - _starts[_line] + 1, value, plain);
    }
}
