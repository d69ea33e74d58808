using System.Text;

namespace PowerList.Site.Pages;

/// <summary>
/// Where a page template renders (<see cref="TemplateSet.RenderUtf8"/>): the characters are encoded as UTF-8 (no byte
/// order mark) into a buffer as they are written, so a page is never a string: rendering to a string and encoding it
/// made a UTF-16 copy of every page (twice its characters in bytes, on the large-object heap for the largest pages)
/// only to throw it away. The same bytes as <c>new UTF8Encoding(false).GetBytes(rendered)</c>, including a lone
/// surrogate (U+FFFD) and a pair split between two writes. One per thread, reused: <see cref="Take"/> hands out the
/// page and empties it.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter
{
    private const int CharBuffer = 4096;

    [ThreadStatic]
    private static Utf8PageWriter? _current;

    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[CharBuffer];
    private byte[] _bytes = new byte[64 * 1024];
    private int _charCount;
    private int _byteCount;

    private Utf8PageWriter(IFormatProvider? formatProvider)
        : base(formatProvider)
    {
    }

    public override Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>This thread's writer, empty (its format provider is the one of the first call on the thread).</summary>
    public static Utf8PageWriter ForThread(IFormatProvider? formatProvider)
    {
        var writer = _current ??= new Utf8PageWriter(formatProvider);
        writer.Reset();
        return writer;
    }

    public override void Write(char value)
    {
        if (_charCount == _chars.Length)
        {
            Encode(flush: false);
        }

        _chars[_charCount++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_charCount == _chars.Length)
            {
                Encode(flush: false);
            }

            var n = Math.Min(buffer.Length, _chars.Length - _charCount);
            buffer[..n].CopyTo(_chars.AsSpan(_charCount));
            _charCount += n;
            buffer = buffer[n..];
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    /// <summary>The page written since the writer was handed out, as UTF-8; the writer is empty afterwards.</summary>
    public byte[] Take()
    {
        Encode(flush: true);
        var page = _bytes.AsSpan(0, _byteCount).ToArray();
        Reset();
        return page;
    }

    private void Reset()
    {
        _encoder.Reset();
        _charCount = 0;
        _byteCount = 0;
    }

    private void Encode(bool flush)
    {
        var chars = _chars.AsSpan(0, _charCount);
        var needed = _encoder.GetByteCount(chars, flush);
        if (_byteCount + needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + needed));
        }

        _byteCount += _encoder.GetBytes(chars, _bytes.AsSpan(_byteCount), flush);
        _charCount = 0;
    }
}
