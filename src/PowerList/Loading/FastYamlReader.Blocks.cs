namespace PowerList.Loading;

// FastYamlReader: Block mappings and sequences, keys, and the value after a key or a dash.
internal sealed partial class FastYamlReader
{
    /// <summary>A block mapping whose first key is on the current line at column <paramref name="col"/> (0-based).</summary>
    private YamlMapping ParseMapping(int col)
    {
        Open();
        var line = _line + 1;
        var start = _pairs.Count;
        HashSet<string>? seen = null;
        var first = true;
        while (true)
        {
            if (!first)
            {
                SkipToContent();
                if (_line >= _lineCount)
                {
                    break;
                }

                var indent = Indent(_line);
                if (indent < col)
                {
                    break;
                }

                if (indent > col || IsDash(_starts[_line] + col))
                {
                    throw Decline();
                }
            }

            first = false;
            var key = ParseKey(_starts[_line] + col, out var rest);
            var value = ParseValue(col, rest, sameIndentSequence: true);
            if (IsDuplicate(start, key.Value, ref seen))
            {
                throw Decline();
            }

            _pairs.Add(new(key, value));
        }

        _depth--;
        var pairs = _pairs.GetRange(start, _pairs.Count - start);
        _pairs.RemoveRange(start, pairs.Count);
        return new YamlMapping(line, col + 1, pairs);
    }

    private bool IsDuplicate(int start, string key, ref HashSet<string>? seen)
    {
        const int LinearLimit = 16;
        if (seen is null && _pairs.Count - start > LinearLimit)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = start; i < _pairs.Count; i++)
            {
                seen.Add(_pairs[i].Key.Value);
            }
        }

        if (seen is not null)
        {
            return !seen.Add(key);
        }

        for (var i = start; i < _pairs.Count; i++)
        {
            if (string.Equals(_pairs[i].Key.Value, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A block sequence whose first dash is on the current line at column <paramref name="col"/>.</summary>
    private YamlSequence ParseSequence(int col)
    {
        Open();
        var line = _line + 1;
        var start = _items.Count;
        var first = true;
        while (true)
        {
            if (!first)
            {
                SkipToContent();
                if (_line >= _lineCount)
                {
                    break;
                }

                var indent = Indent(_line);
                if (indent < col || (indent == col && !IsDash(_starts[_line] + col)))
                {
                    break;
                }

                if (indent > col)
                {
                    throw Decline();
                }
            }

            first = false;
            var s = _starts[_line];
            var q = s + col + 1;
            while (_t[q] == ' ')
            {
                q++;
            }

            YamlNode item;
            if (_t[q] == '\n' || _t[q] == '#')
            {
                if (_t[q] == '#')
                {
                    throw Decline();
                }

                item = ParseValue(col, q, sameIndentSequence: false);
            }
            else if (IsDash(q))
            {
                throw Decline();
            }
            else if (IsKeyLine(q))
            {
                item = ParseMapping(q - s);
            }
            else
            {
                item = ParseInline(col, q);
            }

            _items.Add(item);
        }

        _depth--;
        var items = _items.GetRange(start, _items.Count - start);
        _items.RemoveRange(start, items.Count);
        return new YamlSequence(line, col + 1, items);
    }

    /// <summary>True when a plain key followed by ": " or ":" at the end starts at <paramref name="at"/>.</summary>
    private bool IsKeyLine(int at)
    {
        var c = _t[at];
        if (c is '"' or '\'' or '[' or '{')
        {
            return false; // a quoted scalar or a flow collection; as a key, ParseInline declines
        }

        var end = at + _t.AsSpan(at).IndexOf('\n');
        var span = _t.AsSpan(at, end - at);
        var i = 0;
        while (true)
        {
            var k = span[i..].IndexOfAny(ColonOrHash);
            if (k < 0)
            {
                return false;
            }

            i += k;
            if (span[i] == '#')
            {
                if (i > 0 && span[i - 1] == ' ')
                {
                    return false;
                }
            }
            else if (i + 1 == span.Length || span[i + 1] == ' ')
            {
                return true;
            }

            i++;
        }
    }

    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*'
        or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

    /// <summary>A plain key at <paramref name="at"/>; <paramref name="rest"/> is where its value starts on the line.</summary>
    private YamlScalar ParseKey(int at, out int rest)
    {
        if (IsIndicator(_t[at]))
        {
            throw Decline();
        }

        var i = at;
        while (true)
        {
            var c = _t[i];
            if (c == '\n' || (c == '#' && _t[i - 1] == ' '))
            {
                throw Decline();
            }

            if (c == ':' && (_t[i + 1] == ' ' || _t[i + 1] == '\n'))
            {
                break;
            }

            i++;
        }

        if (_t[i - 1] == ' ' || i - at > 128 || HasAliasWord(at, i))
        {
            throw Decline();
        }

        Count();
        var key = new YamlScalar(_line + 1, at - _starts[_line] + 1, Str(_t.AsSpan(at, i - at)), isPlain: true);
        rest = i + 1;
        while (_t[rest] == ' ')
        {
            rest++;
        }

        return key;
    }

    /// <summary>
    /// True when the key in [<paramref name="at"/>, <paramref name="end"/>) has a word starting with <c>*</c>: YamlDotNet
    /// misreads some of those (<see cref="YamlSpecGuard"/> refuses them), so they are left to it.
    /// </summary>
    private bool HasAliasWord(int at, int end) => _t.AsSpan(at, end - at).Contains(" *", StringComparison.Ordinal);

    /// <summary>The value after a key or a dash whose column is <paramref name="owner"/>; <paramref name="at"/> is past the spaces.</summary>
    private YamlNode ParseValue(int owner, int at, bool sameIndentSequence)
    {
        if (_t[at] != '\n' && _t[at] != '#')
        {
            return ParseInline(owner, at);
        }

        _line++;
        SkipToContent();
        if (_line >= _lineCount)
        {
            throw Decline();
        }

        var indent = Indent(_line);
        var s = _starts[_line] + indent;
        if (indent > owner)
        {
            return IsDash(s) ? ParseSequence(indent) : ParseMapping(indent);
        }

        if (indent == owner && sameIndentSequence && IsDash(s))
        {
            return ParseSequence(indent);
        }

        throw Decline(); // an empty value
    }

    /// <summary>A scalar or a one-line flow sequence starting on the current line at <paramref name="at"/>; moves past it.</summary>
    private YamlNode ParseInline(int owner, int at)
    {
        var line = _line;
        var column = at - _starts[_line] + 1;
        string value;
        bool plain = false;
        switch (_t[at])
        {
            case '[':
                var seq = ParseFlowSequence(at, out var end);
                AfterQuoted(end);
                CheckNextLine(owner);
                return seq;
            case '{':
                var map = ParseFlowMapping(at, out end);
                AfterQuoted(end);
                CheckNextLine(owner);
                return map;
            case '|':
                value = ParseLiteral(owner, at);
                break;
            case '"':
                value = ParseDoubleQuoted(at, out var after);
                AfterQuoted(after);
                break;
            case '\'':
                value = ParseSingleQuoted(at, out after);
                AfterQuoted(after);
                break;
            case '-':
                if (_t[at + 1] is ' ' or '\n')
                {
                    throw Decline();
                }

                value = ParsePlain(at);
                plain = true;
                break;
            default:
                if (IsIndicator(_t[at]))
                {
                    throw Decline();
                }

                value = ParsePlain(at);
                plain = true;
                break;
        }

        if (value.Length > _options.MaxScalarChars)
        {
            throw Decline();
        }

        CheckNextLine(owner);
        Count();
        return new YamlScalar(line + 1, column, value, plain);
    }

    /// <summary>Whatever follows a one-line value must not be more indented: that would be a continuation or an error.</summary>
    private void CheckNextLine(int owner)
    {
        SkipToContent();
        if (_line < _lineCount && Indent(_line) > owner)
        {
            throw Decline();
        }
    }
}
