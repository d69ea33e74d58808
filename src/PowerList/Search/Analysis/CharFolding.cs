using System.Collections.Frozen;
using System.Reflection;

namespace PowerList.Search.Analysis;

/// <summary>
/// Folds one UTF-16 code unit the same way at index and query time (and the same way in search.js):
/// full-width ASCII to half-width, the ideographic space to a space, ASCII upper case to lower case, and
/// traditional characters to simplified ones through the vendored OpenCC table.
/// </summary>
public static class CharFolding
{
    private static readonly Lazy<FrozenDictionary<char, char>> Table = new(LoadTable);

    /// <summary>Traditional → simplified pairs, as shipped in <c>search-index/t2s/</c>.</summary>
    public static FrozenDictionary<char, char> TraditionalToSimplified => Table.Value;

    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        if (c >= 'A' && c <= 'Z')
        {
            return (char)(c + 32);
        }

        return c >= '\u3400' && Table.Value.TryGetValue(c, out var simplified) ? simplified : c;
    }

    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = Fold(text[i]);
        }

        return new string(chars);
    }

    /// <summary>Han ideographs (BMP blocks) and 〇; each forms unigrams and bigrams.</summary>
    public static bool IsCjk(char c) =>
        (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007';

    /// <summary>After folding: ASCII lower-case letters and digits form runs that are one token each.</summary>
    public static bool IsAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static FrozenDictionary<char, char> LoadTable()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PowerList.Search.Analysis.TraditionalToSimplified.txt")
            ?? throw new InvalidOperationException("embedded traditional-to-simplified table is missing");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] != '#')
            {
                map[line[0]] = line[1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
