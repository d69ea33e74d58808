using System.Buffers;
using System.Text;
using System.Text.Unicode;
using PowerList.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PowerList.Loading;

/// <summary>
/// Reads one YAML file into our positioned node tree with YamlDotNet's low-level parser. Syntax errors, bad
/// encoding, duplicate keys, anchors and aliases, tags and every limit of <see cref="LoadOptions"/> become
/// diagnostics; nothing is expanded, so memory stays bounded by the file size.
/// </summary>
public static class YamlFileReader
{
    private const string StrTag = "tag:yaml.org,2002:str";

    /// <summary>The root node, or null when the file is empty or could not be read at all.</summary>
    public static YamlNode? Read(string path, LoadOptions options, List<Diagnostic> diagnostics) =>
        Read(path, options, diagnostics, out _);

    /// <summary>
    /// The root node, or null when the file is empty or could not be read at all. <paramref name="complete"/> is
    /// false when reading stopped early (syntax error, a limit): the record being read then is dropped whole, so
    /// a half-read entry does not cause follow-on errors, and the rest of the tree is kept.
    /// </summary>
    public static YamlNode? Read(string path, LoadOptions options, List<Diagnostic> diagnostics, out bool complete) =>
        Read(path, options, diagnostics, null, out complete);

    /// <summary>As <see cref="Read(string, LoadOptions, List{Diagnostic}, out bool)"/>, texts taken from <paramref name="pool"/>.</summary>
    public static YamlNode? Read(string path, LoadOptions options, List<Diagnostic> diagnostics, StringPool? pool, out bool complete)
    {
        complete = false;
        if (ReadBytes(path, options, diagnostics) is not { } bytes)
        {
            return null;
        }

        try
        {
            return Parse(path, bytes.Span, options, diagnostics, pool, out complete);
        }
        finally
        {
            bytes.Dispose();
        }
    }

    /// <summary>
    /// The bytes of a file in a pooled buffer (dispose to return it), or null with a diagnostic when the file
    /// cannot be read or is larger than <see cref="LoadOptions.MaxFileBytes"/>.
    /// </summary>
    internal static FileBytes? ReadBytes(string path, LoadOptions options, List<Diagnostic> diagnostics) =>
        ReadBytes(path, options, diagnostics, null);

    /// <summary>
    /// As <see cref="ReadBytes(string, LoadOptions, List{Diagnostic})"/>, into <paramref name="buffers"/> when given
    /// (then the bytes are valid until that set's next use).
    /// </summary>
    internal static FileBytes? ReadBytes(string path, LoadOptions options, List<Diagnostic> diagnostics, ReadBuffers? buffers)
    {
        long length;
        try
        {
            var info = new FileInfo(path); // a link (inside the lists folder: ListLayout) is measured by its target
            length = info.LinkTarget is null ? info.Length : ((info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo) ?? info).Length;
        }
        catch (IOException ex)
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable.At(SourceLocation.OfFile(path), Reason(ex)));
            return null;
        }

        if (length > options.MaxFileBytes)
        {
            diagnostics.Add(DiagnosticCodes.FileTooLarge.At(SourceLocation.OfFile(path), length, options.MaxFileBytes));
            return null;
        }

        // Pooled or kept buffers: a list file is often larger than the large-object threshold.
        var size = (int)Math.Max(length, 1);
        var bytes = buffers?.Bytes(size) ?? ArrayPool<byte>.Shared.Rent(size);
        try
        {
            return new FileBytes(bytes, ReadAll(path, bytes), rented: buffers is null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (buffers is null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            diagnostics.Add(DiagnosticCodes.FileUnreadable.At(SourceLocation.OfFile(path), Reason(ex)));
            return null;
        }
    }

    /// <summary>Reads the whole file into <paramref name="buffer"/>; the file must not have grown past it.</summary>
    private static int ReadAll(string path, Span<byte> buffer)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var total = 0;
        while (total < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer[total..], total);
            if (n == 0)
            {
                return total;
            }

            total += n;
        }

        if (RandomAccess.GetLength(handle) > total)
        {
            throw new IOException("文件在读取时变大了");
        }

        return total;
    }

    /// <summary>Parses UTF-8 bytes (a BOM is allowed) as the content of <paramref name="path"/>.</summary>
    public static YamlNode? Parse(string path, ReadOnlySpan<byte> bytes, LoadOptions options, List<Diagnostic> diagnostics) =>
        Parse(path, bytes, options, diagnostics, out _);

    /// <summary>Parses UTF-8 bytes (a BOM is allowed); see <see cref="Read(string, LoadOptions, List{Diagnostic}, out bool)"/>.</summary>
    public static YamlNode? Parse(string path, ReadOnlySpan<byte> bytes, LoadOptions options, List<Diagnostic> diagnostics, out bool complete) =>
        Parse(path, bytes, options, diagnostics, null, out complete);

    internal static YamlNode? Parse(string path, ReadOnlySpan<byte> bytes, LoadOptions options, List<Diagnostic> diagnostics, StringPool? pool, out bool complete) =>
        Parse(path, bytes, options, diagnostics, pool, null, out complete);

    /// <summary>As the overload without <paramref name="buffers"/>, decoding into that set's chars when given.</summary>
    internal static YamlNode? Parse(string path, ReadOnlySpan<byte> bytes, LoadOptions options, List<Diagnostic> diagnostics, StringPool? pool,
        ReadBuffers? buffers, out bool complete)
    {
        complete = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var size = Math.Max(bytes.Length, 1);
        var chars = buffers?.Chars(size) ?? ArrayPool<char>.Shared.Rent(size);
        try
        {
            // One pass validates and decodes; a UTF-8 text never has more UTF-16 units than bytes.
            if (Utf8.ToUtf16(bytes, chars, out _, out var count, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                diagnostics.Add(InvalidUtf8(path, bytes));
                return null;
            }

            if (options.FastReader && FastYamlReader.TryParse(chars, count, options, pool) is { } root)
            {
                complete = true;
                return root;
            }

            return ParseWithYamlDotNet(path, new string(chars, 0, count), options, diagnostics, out complete);
        }
        finally
        {
            if (buffers is null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    /// <summary>Parses YAML text: the fast reader when the text is in its subset, else YamlDotNet (which also reports).</summary>
    public static YamlNode? ParseText(string path, string text, LoadOptions options, List<Diagnostic> diagnostics, out bool complete) =>
        ParseText(path, text, options, diagnostics, null, out complete);

    private static YamlNode? ParseText(string path, string text, LoadOptions options, List<Diagnostic> diagnostics, StringPool? pool, out bool complete)
    {
        if (options.FastReader && FastYamlReader.TryParse(text, options, pool) is { } root)
        {
            complete = true;
            return root;
        }

        return ParseWithYamlDotNet(path, text, options, diagnostics, out complete);
    }

    /// <summary>Parses YAML text with YamlDotNet's parser, reporting every problem.</summary>
    internal static YamlNode? ParseWithYamlDotNet(string path, string text, LoadOptions options, List<Diagnostic> diagnostics, out bool complete)
    {
        complete = true;
        var before = diagnostics.Count;
        var builder = new TreeBuilder(path, options, diagnostics);
        var last = Mark.Empty;
        var guard = new YamlSpecGuard(path, text);
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            var finished = true;
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                if (guard.Observe(parser.Current!) is { } misread)
                {
                    diagnostics.Add(misread);
                    complete = finished = false;
                    break;
                }

                if (!builder.Accept(parser.Current!))
                {
                    complete = builder.Documents > 1;
                    finished = false;
                    break;
                }
            }

            var reported = diagnostics.Count;
            if (finished && guard.Check(diagnostics) > reported)
            {
                complete = false;
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(SyntaxError(path, text, ex.Start, Describe(ex)));
            complete = false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // (ArgumentException: e.g. "Global tags must be valid URIs" for a broken %TAG directive.)
            // YamlDotNet sometimes fails this way on broken input: report after the last event it did produce.
            diagnostics.Add(SyntaxError(path, text, last, "无法继续解析，请检查括号、引号和缩进"));
            complete = false;
        }

        if (!complete)
        {
            builder.DropIncomplete();
        }

        if (builder.Root is null && builder.Documents <= 1 && diagnostics.Count == before)
        {
            diagnostics.Add(DiagnosticCodes.EmptyFile.At(SourceLocation.OfFile(path)));
        }

        return builder.Root;
    }

    /// <summary>Why a file could not be read, without the machine's absolute path.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "文件不存在（可能是失效的链接）",
        UnauthorizedAccessException => "没有读取权限",
        _ => ex.GetType().Name + "：" + ex.Message,
    };

    private static Diagnostic SyntaxError(string path, string text, Mark at, string message)
    {
        var lastLine = message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? int.MaxValue : (int)Math.Clamp(at.Line, 1, int.MaxValue);
        if (FirstIndentTab(text, lastLine) is { } tab)
        {
            return DiagnosticCodes.TabIndent.At(new SourceLocation(path, tab.Line, tab.Column));
        }

        var line = (int)Math.Clamp(at.Line, 1, int.MaxValue);
        var column = (int)Math.Clamp(at.Column, 1, int.MaxValue);
        return DiagnosticCodes.YamlSyntax.At(new SourceLocation(path, line, column), message);
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet's message starts with "(Line: 3, Col: 5, Idx: 20) - (…): "; the place is already in front.
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        message = message.ReplaceLineEndings(" ").Trim();
        foreach (var (english, chinese) in KnownMessages)
        {
            if (message.Contains(english, StringComparison.OrdinalIgnoreCase))
            {
                return $"{chinese}（{message}）";
            }
        }

        return message;
    }

    /// <summary>Plain-Chinese readings of YamlDotNet's most common complaints.</summary>
    private static readonly (string English, string Chinese)[] KnownMessages =
    [
        ("found wrong indentation", "缩进不对"),
        ("did not find expected key", "缩进或格式不对，此处应是“键: 值”"),
        ("mapping values are not allowed", "此处不能出现“键: 值”：冒号后要有空格，含冒号的文本请加引号"),
        ("did not find expected ',' or ']'", "缺少“,”或“]”"),
        ("did not find expected ',' or '}'", "缺少“,”或“}”"),
        ("unexpected end of stream", "文件意外结束，可能缺少结束的引号或括号"),
        ("did not find expected '-' indicator", "列表项的缩进不对"),
        ("found character that cannot start any token", "此处的字符不能开始一个值，文本以 @、` 等开头时请加引号"),
        ("found unknown escape character", "双引号文本中有无效的转义符 \\"),
        ("could not find expected ':'", "缺少“:”"),
        ("did not find expected <document start>", "缩进不对，此处应是文件顶层的“键: 值”"),
        ("did not find expected node content", "此处缺少值"),
        ("found invalid mapping", "此处不能出现“键: 值”：含冒号的文本请加引号"),
    ];

    /// <summary>A tab in the leading whitespace of a line up to <paramref name="lastLine"/>, if any.</summary>
    private static (int Line, int Column)? FirstIndentTab(string text, int lastLine)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (line > lastLine)
            {
                break;
            }

            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return (line, column);
            }

            if (c != ' ' && c != '-')
            {
                atLineStart = false;
            }

            column++;
        }

        return null;
    }

    private static Diagnostic InvalidUtf8(string path, ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            offset += consumed;
        }

        var bad = offset < bytes.Length ? bytes[offset] : (byte)0;
        return DiagnosticCodes.NotUtf8.At(new SourceLocation(path, line, column), bad.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Turns parser events into nodes, enforcing the limits.</summary>
    private sealed class TreeBuilder(string path, LoadOptions options, List<Diagnostic> diagnostics)
    {
        private readonly Stack<YamlNode> _open = new();
        private readonly Stack<YamlNode?> _parents = new();
        private readonly Stack<YamlScalar?> _pendingKeys = new();
        private YamlScalar? _pendingKey;
        private int _nodes;
        private int _aliases;

        public YamlNode? Root { get; private set; }

        public int Documents { get; private set; }

        /// <summary>Returns false to stop reading (a limit was hit or a second document began).</summary>
        public bool Accept(ParsingEvent ev)
        {
            switch (ev)
            {
                case DocumentStart:
                    Documents++;
                    if (Documents > 1)
                    {
                        diagnostics.Add(DiagnosticCodes.MultipleDocuments.At(At(ev.Start)));
                        return false;
                    }

                    return true;
                case Scalar scalar:
                    if (!CheckProperties(scalar) || !Count(ev))
                    {
                        return false;
                    }

                    if (scalar.Value.Length > options.MaxScalarChars)
                    {
                        diagnostics.Add(DiagnosticCodes.ScalarTooLong.At(At(ev.Start), scalar.Value.Length, options.MaxScalarChars));
                        Add(new YamlScalar(Line(ev.Start), Column(ev.Start), "", isPlain: true, isPlaceholder: true));
                        return true;
                    }

                    Add(new YamlScalar(Line(ev.Start), Column(ev.Start), scalar.Value, scalar.Style == ScalarStyle.Plain));
                    return true;
                case AnchorAlias alias:
                    // An alias is a node too (else a file of aliases escapes the node limit); report the first ones only.
                    if (!Count(ev))
                    {
                        return false;
                    }

                    if (++_aliases <= DiagnosticBag.MaxPerFileAndCode)
                    {
                        diagnostics.Add(DiagnosticCodes.AnchorAlias.At(At(ev.Start), "*" + alias.Value.Value));
                    }

                    Add(new YamlScalar(Line(ev.Start), Column(ev.Start), "", isPlain: true, isPlaceholder: true));
                    return true;
                case SequenceStart sequence:
                    return CheckProperties(sequence) && Count(ev) && Open(new YamlSequence(Line(ev.Start), Column(ev.Start)), ev);
                case MappingStart mapping:
                    return CheckProperties(mapping) && Count(ev) && Open(new YamlMapping(Line(ev.Start), Column(ev.Start)), ev);
                case SequenceEnd:
                case MappingEnd:
                    Close();
                    return true;
                default:
                    return true;
            }
        }

        private bool Count(ParsingEvent ev)
        {
            if (++_nodes > options.MaxNodes)
            {
                diagnostics.Add(DiagnosticCodes.TooManyNodes.At(At(ev.Start), options.MaxNodes));
                return false;
            }

            return true;
        }

        private bool CheckProperties(NodeEvent ev)
        {
            if (!ev.Anchor.IsEmpty)
            {
                diagnostics.Add(DiagnosticCodes.AnchorAlias.At(At(ev.Start), "&" + ev.Anchor.Value));
            }

            if (!ev.Tag.IsEmpty && !ev.Tag.IsNonSpecific && ev.Tag.Value != StrTag)
            {
                diagnostics.Add(DiagnosticCodes.UnsupportedTag.At(At(ev.Start), ev.Tag.Value));
            }

            return true;
        }

        private bool Open(YamlNode node, ParsingEvent ev)
        {
            if (_open.Count >= options.MaxDepth)
            {
                diagnostics.Add(DiagnosticCodes.TooDeep.At(At(ev.Start), options.MaxDepth));
                return false;
            }

            Add(node);
            _parents.Push(_open.Count > 0 ? _open.Peek() : null);
            _open.Push(node);
            _pendingKeys.Push(_pendingKey);
            _pendingKey = null;
            return true;
        }

        /// <summary>Removes the outermost unfinished sequence item (the record being read when reading stopped).</summary>
        public void DropIncomplete()
        {
            var nodes = _open.ToArray();
            var parents = _parents.ToArray();
            for (var i = nodes.Length - 1; i >= 0; i--)
            {
                if (parents[i] is YamlSequence sequence && sequence.Items.Count > 0 && ReferenceEquals(sequence.Items[^1], nodes[i]))
                {
                    sequence.Items.RemoveAt(sequence.Items.Count - 1);
                    return;
                }
            }
        }

        private void Close()
        {
            _parents.Pop();
            _open.Pop();
            _pendingKey = _pendingKeys.Pop();
        }

        private void Add(YamlNode node)
        {
            if (_open.Count == 0)
            {
                Root ??= node;
                return;
            }

            switch (_open.Peek())
            {
                case YamlSequence sequence:
                    sequence.Items.Add(node);
                    break;
                case YamlMapping mapping when _pendingKey is null:
                    if (node is YamlScalar key)
                    {
                        _pendingKey = key;
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticCodes.ComplexKey.At(new SourceLocation(path, node.Line, node.Column), node.KindName));
                        _pendingKey = Dropped;
                    }

                    break;
                case YamlMapping mapping:
                    var pendingKey = _pendingKey;
                    _pendingKey = null;
                    if (ReferenceEquals(pendingKey, Dropped))
                    {
                        break;
                    }

                    var first = mapping.TryAdd(pendingKey, node);
                    if (first is not null)
                    {
                        diagnostics.Add(DiagnosticCodes.DuplicateKey.At(new SourceLocation(path, pendingKey.Line, pendingKey.Column), pendingKey.Value, first.Line));
                    }

                    break;
            }
        }

        private static readonly YamlScalar Dropped = new(0, 0, "", isPlain: true);

        private SourceLocation At(Mark mark) => new(path, Line(mark), Column(mark));

        private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

        private static int Column(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);
    }
}
