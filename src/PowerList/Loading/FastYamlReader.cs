using System.Buffers;
using System.Globalization;

namespace PowerList.Loading;

/// <summary>
/// A fast reader for the plain YAML subset that list files use (block mappings and sequences, one-line plain and
/// quoted scalars, <c>|</c> <c>|-</c> <c>|+</c> literals, comments). It builds the same tree, with the same
/// positions, as <see cref="YamlFileReader"/>'s YamlDotNet path, and declines (returns null) the whole file as
/// soon as it meets anything else or anything doubtful, including anything that would be a diagnostic: the
/// YamlDotNet path then reads the file and reports. <c>FastYamlReaderTests</c> checks both paths agree.
/// </summary>
internal sealed class FastYamlReader
{
    private static readonly SearchValues<char> ColonOrHash = SearchValues.Create(":#");

    private readonly char[] _t;
    private readonly int _length;
    private readonly int[] _starts;
    private readonly int _lineCount;
    private readonly LoadOptions _options;
    private readonly StringPool? _pool;
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _pairs = [];
    private readonly List<YamlNode> _items = [];
    private char[] _buf = new char[256];
    private int _len;
    private int _line;
    private int _nodes;
    private int _depth;

    private FastYamlReader(char[] text, int length, int[] starts, int lineCount, LoadOptions options, StringPool? pool)
    {
        _length = length;
        _pool = pool;
        _t = text;
        _starts = starts;
        _lineCount = lineCount;
        _options = options;
    }

    /// <summary>The root mapping, or null when the text is outside the subset (or empty, or has any problem).</summary>
    public static YamlNode? TryParse(string text, LoadOptions options, StringPool? pool = null) => TryParse(text.ToCharArray(), text.Length, options, pool, explain: false, out _);

    /// <summary>As <see cref="TryParse(string, LoadOptions, StringPool?)"/> on the first <paramref name="length"/> characters of <paramref name="text"/>.</summary>
    public static YamlNode? TryParse(char[] text, int length, LoadOptions options, StringPool? pool) => TryParse(text, length, options, pool, explain: false, out _);

    /// <summary>As <see cref="TryParse(string, LoadOptions)"/>; <paramref name="declined"/> says where it stopped (for tests).</summary>
    internal static YamlNode? TryParse(string text, LoadOptions options, out string? declined) => TryParse(text.ToCharArray(), text.Length, options, null, explain: true, out declined);

    private static YamlNode? TryParse(char[] text, int length, LoadOptions options, StringPool? pool, bool explain, out string? declined)
    {
        declined = "characters";
        if (length == 0 || text[length - 1] != '\n' || HasForbidden(text.AsSpan(0, length)))
        {
            return null;
        }

        var lineCount = text.AsSpan(0, length).Count('\n');
        var starts = new int[lineCount + 1];
        var at = 0;
        for (var i = 0; i < lineCount; i++)
        {
            starts[i] = at;
            if (text[at] == '%' || StartsMarker(text, length, at, '-') || StartsMarker(text, length, at, '.'))
            {
                declined = "markers";
                return null;
            }

            at += text.AsSpan(at).IndexOf('\n') + 1;
        }

        starts[lineCount] = length;
        var reader = new FastYamlReader(text, length, starts, lineCount, options, pool);
        try
        {
            declined = null;
            return reader.Document();
        }
        catch (DeclineException ex)
        {
            declined = explain ? $"line {reader._line + 1}: {ex.StackTrace?.Split('\n')[0].Trim()}" : "declined";
            return null;
        }
    }

    private string Str(ReadOnlySpan<char> text) => _pool?.Get(text) ?? text.ToString();

    private void Put(char c)
    {
        Ensure(1);
        _buf[_len++] = c;
    }

    private void Put(char c, int count)
    {
        Ensure(count);
        _buf.AsSpan(_len, count).Fill(c);
        _len += count;
    }

    private void Put(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_buf.AsSpan(_len));
        _len += text.Length;
    }

    private void Ensure(int more)
    {
        if (_len + more > _buf.Length)
        {
            Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + more));
        }
    }

    private string Taken() => Str(_buf.AsSpan(0, _len));

    /// <summary>Controls other than a line feed, the C1 range, Unicode line and paragraph separators, BOMs and non-characters.</summary>
    private static bool HasForbidden(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\0', '\u0009') >= 0
        || text.IndexOfAnyInRange('\u000B', '\u001F') >= 0
        || text.IndexOfAnyInRange('\u007F', '\u009F') >= 0
        || text.IndexOfAny('\u2028', '\u2029', '\uFEFF') >= 0
        || text.IndexOfAnyInRange('\uFFFE', '\uFFFF') >= 0;

    private static bool StartsMarker(char[] text, int length, int at, char c) =>
        at + 2 < length && text[at] == c && text[at + 1] == c && text[at + 2] == c;

    private sealed class DeclineException : Exception;

    private static DeclineException Decline() => new();

    private YamlNode Document()
    {
        SkipToContent();
        if (_line >= _lineCount || Indent(_line) != 0 || IsDash(_starts[_line]))
        {
            throw Decline();
        }

        var root = ParseMapping(0);
        SkipToContent();
        if (_line < _lineCount)
        {
            throw Decline();
        }

        return root;
    }

    /// <summary>End of line <paramref name="line"/> (the offset of its '\n').</summary>
    private int End(int line) => _starts[line + 1] - 1;

    private int Indent(int line)
    {
        var s = _starts[line];
        var i = s;
        while (_t[i] == ' ')
        {
            i++;
        }

        return i - s;
    }

    /// <summary>Moves past blank and comment lines.</summary>
    private void SkipToContent()
    {
        while (_line < _lineCount)
        {
            var i = _starts[_line];
            while (_t[i] == ' ')
            {
                i++;
            }

            if (_t[i] != '\n' && _t[i] != '#')
            {
                return;
            }

            _line++;
        }
    }

    private bool IsDash(int at) => _t[at] == '-' && (_t[at + 1] == ' ' || _t[at + 1] == '\n');

    private void Count()
    {
        if (++_nodes > _options.MaxNodes)
        {
            throw Decline();
        }
    }

    private void Open()
    {
        if (_depth >= _options.MaxDepth)
        {
            throw Decline();
        }

        _depth++;
        Count();
    }

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

        if (_t[i - 1] == ' ' || i - at > 128)
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

                if (_t[i + 1] != ' ' || _t[i - 1] == ' ')
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

    private string ParsePlain(int at)
    {
        var end = End(_line);
        var span = _t.AsSpan(at, end - at);
        var hash = span.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0)
        {
            span = span[..hash];
        }

        span = span.TrimEnd(' ');
        if (span.Contains(": ", StringComparison.Ordinal) || span[^1] == ':')
        {
            throw Decline();
        }

        _line++;
        return Str(span);
    }

    private void AfterQuoted(int after)
    {
        var i = after;
        while (_t[i] == ' ')
        {
            i++;
        }

        if (_t[i] != '\n' && !(_t[i] == '#' && i > after))
        {
            throw Decline();
        }

        _line++;
    }

    private string ParseSingleQuoted(int at, out int after)
    {
        _len = 0;
        var i = at + 1;
        while (true)
        {
            var c = _t[i];
            if (c == '\n')
            {
                throw Decline();
            }

            if (c == '\'')
            {
                if (_t[i + 1] != '\'')
                {
                    break;
                }

                i++;
            }

            Put(c);
            i++;
        }

        after = i + 1;
        return Taken();
    }

    private string ParseDoubleQuoted(int at, out int after)
    {
        _len = 0;
        var i = at + 1;
        while (true)
        {
            var c = _t[i];
            if (c == '\n')
            {
                throw Decline();
            }

            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                Put(c);
                i++;
                continue;
            }

            var e = _t[i + 1];
            i += 2;
            switch (e)
            {
                case '\\': Put('\\'); break;
                case '"': Put('"'); break;
                case '/': Put('/'); break;
                case 'n': Put('\n'); break;
                case 't': Put('\t'); break;
                case 'r': Put('\r'); break;
                case '0': Put('\0'); break;
                case 'N': Put('\u0085'); break;
                case '_': Put('\u00A0'); break;
                case 'L': Put('\u2028'); break;
                case 'P': Put('\u2029'); break;
                case 'u':
                    if (i + 4 > _length
                        || !int.TryParse(_t.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || code is >= 0xD800 and <= 0xDFFF)
                    {
                        throw Decline();
                    }

                    Put((char)code);
                    i += 4;
                    break;
                default:
                    throw Decline();
            }
        }

        after = i + 1;
        return Taken();
    }

    /// <summary>A <c>|</c>, <c>|-</c> or <c>|+</c> literal whose header is at <paramref name="at"/>.</summary>
    private string ParseLiteral(int owner, int at)
    {
        var i = at + 1;
        var chomp = _t[i] is '-' or '+' ? _t[i++] : ' ';
        var afterHeader = i;
        while (_t[i] == ' ')
        {
            i++;
        }

        if (_t[i] != '\n' && !(_t[i] == '#' && i > afterHeader))
        {
            throw Decline();
        }

        _line++;
        var contentIndent = -1;
        var blanks = 0;
        _len = 0;
        for (; _line < _lineCount; _line++)
        {
            var s = _starts[_line];
            var indent = Indent(_line);
            if (_t[s + indent] == '\n')
            {
                if (contentIndent < 0 || indent > contentIndent)
                {
                    throw Decline();
                }

                blanks++;
                continue;
            }

            if (contentIndent < 0)
            {
                if (indent <= owner)
                {
                    throw Decline();
                }

                contentIndent = indent;
            }
            else if (indent < contentIndent)
            {
                break;
            }
            else
            {
                Put('\n', blanks + 1);
            }

            blanks = 0;
            Put(_t.AsSpan(s + contentIndent, End(_line) - s - contentIndent));
        }

        if (contentIndent < 0)
        {
            throw Decline();
        }

        switch (chomp)
        {
            case ' ':
                Put('\n');
                break;
            case '+':
                Put('\n', blanks + 1);
                break;
        }

        return Taken();
    }
}
