using System.Globalization;

namespace PowerList.Loading;

// FastYamlReader: Plain, quoted and literal scalars.
internal sealed partial class FastYamlReader
{
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
