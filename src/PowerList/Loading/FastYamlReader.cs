using System.Buffers;

namespace PowerList.Loading;

/// <summary>
/// A fast reader for the plain YAML subset that list files use (block mappings and sequences, one-line plain and
/// quoted scalars, <c>|</c> <c>|-</c> <c>|+</c> literals, comments). It builds the same tree, with the same
/// positions, as <see cref="YamlFileReader"/>'s YamlDotNet path, and declines (returns null) the whole file as
/// soon as it meets anything else or anything doubtful, including anything that would be a diagnostic: the
/// YamlDotNet path then reads the file and reports. <c>FastYamlReaderTests</c> checks both paths agree.
/// </summary>
internal sealed partial class FastYamlReader
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
}
