using System.Runtime.CompilerServices;
using PowerList.Search.Analysis;

namespace PowerList.Search.Indexing;

/// <summary>
/// The index tokens of <see cref="Tokenizer.IndexTokens"/> without a string per token: text is folded through a
/// 64K-entry table (built from <see cref="CharFolding.Fold(char)"/>, so the same), runs are found as in
/// <see cref="Tokenizer.Runs"/>, and every character and bigram of a CJK run, and every ASCII run, goes to a sink.
/// A token of one or two characters is a key, <c>c1 &lt;&lt; 16 | c2</c> (c2 = 0 for one character; no token holds
/// U+0000): keys sort as the tokens do in ordinal order. Token order differs from IndexTokens (a bigram comes after
/// its second character), which nothing depends on: only counts are used.
/// </summary>
internal static class TokenScanner
{
    private const byte Cjk = 1;
    private const byte Alnum = 2;
    private const byte Punctuation = 3;

    private static readonly char[] FoldMap = BuildFold();
    private static readonly byte[] Classes = BuildClasses();

    [ThreadStatic]
    private static char[]? _buffer;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(char first, char second) => ((uint)first << 16) | second;

    public static string KeyText(uint key) =>
        (key & 0xFFFF) == 0 ? ((char)(key >> 16)).ToString() : new string([(char)(key >> 16), (char)(key & 0xFFFF)]);

    /// <summary>Sends every index token of <paramref name="text"/> to <paramref name="sink"/>; returns their number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var fold = FoldMap;
        var classes = Classes;
        var count = 0;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = fold[text[i]];
            var kind = classes[c];
            if (kind == Cjk)
            {
                sink.Short(Key(c, '\0'));
                count++;
                var previous = c;
                i++;
                while (i < n)
                {
                    c = fold[text[i]];
                    if (classes[c] == Cjk)
                    {
                        sink.Short(Key(c, '\0'));
                        sink.Short(Key(previous, c));
                        count += 2;
                        previous = c;
                        i++;
                        continue;
                    }

                    // Punctuation between two CJK characters is skipped; anything else ends the run.
                    var j = i;
                    while (j < n && classes[fold[text[j]]] == Punctuation)
                    {
                        j++;
                    }

                    if (j == i || j == n || classes[fold[text[j]]] != Cjk)
                    {
                        break;
                    }

                    i = j;
                }

                continue;
            }

            if (kind != Alnum)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < n && classes[fold[text[i]]] == Alnum)
            {
                i++;
            }

            var length = i - start;
            count++;
            if (length <= 2)
            {
                sink.Short(Key(fold[text[start]], length == 2 ? fold[text[start + 1]] : '\0'));
                continue;
            }

            var buffer = _buffer is { } b && b.Length >= length ? b : _buffer = new char[Math.Max(length, 256)];
            for (var k = 0; k < length; k++)
            {
                buffer[k] = fold[text[start + k]];
            }

            sink.Long(buffer.AsSpan(0, length));
        }

        return count;
    }

    private static char[] BuildFold()
    {
        var map = new char[65536];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = CharFolding.Fold((char)c);
        }

        return map;
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[65536];
        for (var i = 0; i < classes.Length; i++)
        {
            var c = (char)i;
            classes[i] = CharFolding.IsCjk(c) ? Cjk : CharFolding.IsAlnum(c) ? Alnum : c > ' ' ? Punctuation : (byte)0;
        }

        return classes;
    }
}
