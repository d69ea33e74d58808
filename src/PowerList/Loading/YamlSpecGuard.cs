using PowerList.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PowerList.Loading;

/// <summary>
/// What YamlDotNet reads although the YAML spec refuses it, or reads otherwise than the spec (and than
/// <see cref="FastYamlReader"/>): watches the parser's events of one text and reports those places, so that a file
/// gives the same values or the same error whichever reader runs.
/// <list type="bullet">
/// <item>A plain scalar with a word starting with <c>*</c> right before a colon (<c>备注 *: 见附件一</c>): YamlDotNet
/// takes the colon as part of the text when the key is the first of its mapping or in a flow mapping; refused
/// (PL0101) wherever it stands, with the advice to quote it. So is any plain scalar YamlDotNet returns with
/// <c>": "</c> in it, which no plain scalar can hold.</item>
/// <item>A tab used as indentation (PL0103): before a block indicator (<c>-\t-</c>), before a block mapping key
/// or collection, or at the start of a continuation line of a quoted scalar or flow collection with fewer spaces
/// before it than the line needs.</item>
/// <item>A <c>%YAML</c> directive with a <c>#</c> glued to it (a comment needs a space before it) (PL0101).</item>
/// </list>
/// </summary>
internal sealed class YamlSpecGuard(string path, string text)
{
    private readonly HashSet<(int Line, int Column)> _blockStarts = [];
    private readonly List<(int First, int Last, int MinSpaces)> _continued = [];
    private readonly List<(int First, int Last)> _blockScalars = [];
    private readonly List<Frame> _open = [];

    private sealed class Frame(bool isMapping, bool isBlock, int column, int line)
    {
        public bool IsMapping { get; } = isMapping;

        public bool IsBlock { get; } = isBlock;

        public int Column { get; } = column;

        public int Line { get; } = line;

        public bool KeyNext { get; set; } = true;
    }

    /// <summary>A diagnostic for a plain scalar YamlDotNet may have misread, or null; <paramref name="ev"/> is a scalar event.</summary>
    public Diagnostic? Observe(ParsingEvent ev)
    {
        var isKey = false;
        if (ev is NodeEvent or AnchorAlias && _open.Count > 0 && _open[^1].IsMapping)
        {
            var parent = _open[^1];
            isKey = parent.KeyNext;
            parent.KeyNext = !parent.KeyNext;
            if (isKey && parent.IsBlock)
            {
                _blockStarts.Add(Place(ev.Start));
            }
        }

        switch (ev)
        {
            case Scalar { Style: ScalarStyle.Plain } scalar when Misread(scalar.Value, isKey):
                return DiagnosticCodes.YamlSyntax.At(new SourceLocation(path, Place(ev.Start).Line, Place(ev.Start).Column), AmbiguousMessage);
            case Scalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } block:
                _blockScalars.Add((Place(block.Start).Line + 1, Place(block.End).Line - (block.End.Column <= 1 ? 1 : 0)));
                break;
            case Scalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted when quoted.End.Line > quoted.Start.Line:
                _continued.Add((Place(quoted.Start).Line + 1, Place(quoted.End).Line, MinSpaces()));
                break;
            case MappingStart mapping:
                Push(true, mapping.Style != MappingStyle.Flow, ev);
                break;
            case SequenceStart sequence:
                Push(false, sequence.Style != SequenceStyle.Flow, ev);
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var frame = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                if (!frame.IsBlock && (_open.Count == 0 || _open[^1].IsBlock) && Place(ev.End).Line > frame.Line)
                {
                    _continued.Add((frame.Line + 1, Place(ev.End).Line, MinSpaces()));
                }

                break;
        }

        return null;
    }

    /// <summary>Tabs used as indentation and malformed <c>%YAML</c> lines, after the whole text was parsed.</summary>
    /// <returns>The count of <paramref name="diagnostics"/> afterwards.</returns>
    public int Check(List<Diagnostic> diagnostics)
    {
        var line = 1;
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            if (CheckLine(line, at, end) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
                break; // one is enough: the first tells what to fix
            }

            line++;
            at = end + 1;
        }

        return diagnostics.Count;
    }

    /// <summary>Text YamlDotNet would read as plain although no plain scalar can hold it, or reads wrongly as a key.</summary>
    internal static bool Misread(string value, bool isKey) =>
        value.Contains(": ", StringComparison.Ordinal)
        || value.Contains(":\n", StringComparison.Ordinal)
        || value.Contains(":\t", StringComparison.Ordinal)
        || (isKey && LastWordIsAlias(value));

    private static bool LastWordIsAlias(string value)
    {
        var space = value.LastIndexOfAny([' ', '\t', '\n']);
        return space >= 0 && space + 1 < value.Length && value[space + 1] == '*';
    }

    internal const string AmbiguousMessage = "以 * 开头的词紧挨着冒号，这段文本的读法有歧义，请给键或值加引号";

    private Diagnostic? CheckLine(int line, int start, int end)
    {
        if (end - start >= 5 && string.CompareOrdinal(text, start, "%YAML", 0, 5) == 0)
        {
            for (var i = start + 1; i < end; i++)
            {
                if (text[i] == '#' && text[i - 1] is not (' ' or '\t'))
                {
                    return DiagnosticCodes.YamlSyntax.At(new SourceLocation(path, line, i - start + 1), "指令中的注释“#”前要有空格");
                }
            }

            return null;
        }

        if (text.AsSpan(start, end - start).IndexOf('\t') < 0 || InBlockScalar(line))
        {
            return null;
        }

        var tab = -1;
        var spaces = 0;
        var i2 = start;
        while (i2 < end)
        {
            var c = text[i2];
            if (c == ' ' || c == '\t')
            {
                if (c == '\t' && tab < 0)
                {
                    tab = i2;
                }
                else if (c == ' ' && tab < 0)
                {
                    spaces++;
                }

                i2++;
                continue;
            }

            if (c is '-' or '?' or ':' && (i2 + 1 >= end || text[i2 + 1] is ' ' or '\t' or '\r'))
            {
                if (tab >= 0)
                {
                    return TabAt(line, tab - start);
                }

                spaces = int.MaxValue; // after an indicator, the line's indentation is settled
                i2++;
                continue;
            }

            break;
        }

        if (tab < 0 || i2 >= end || text[i2] is '#' or '\r')
        {
            return null; // no tab in front, or a blank or comment line
        }

        if (_blockStarts.Contains((line, i2 - start + 1)))
        {
            return TabAt(line, tab - start);
        }

        foreach (var (first, last, minSpaces) in _continued)
        {
            if (line >= first && line <= last && spaces < minSpaces)
            {
                return TabAt(line, tab - start);
            }
        }

        return null;
    }

    private Diagnostic TabAt(int line, int offset) => DiagnosticCodes.TabIndent.At(new SourceLocation(path, line, offset + 1));

    private bool InBlockScalar(int line)
    {
        foreach (var (first, last) in _blockScalars)
        {
            if (line >= first && line <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spaces a continuation line needs: one more than the column of the innermost block collection.</summary>
    private int MinSpaces()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].IsBlock)
            {
                return _open[i].Column;
            }
        }

        return 0;
    }

    private void Push(bool isMapping, bool isBlock, ParsingEvent ev)
    {
        var (line, column) = Place(ev.Start);
        if (isBlock)
        {
            _blockStarts.Add((line, column));
        }

        _open.Add(new Frame(isMapping, isBlock, column, line));
    }

    private static (int Line, int Column) Place(Mark mark) =>
        ((int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));
}
