namespace PowerList.Output;

/// <summary>
/// JSON written with the relaxed encoder (readable Chinese, <c>+</c> and quotes) can hold <c>&lt;/script&gt;</c> or
/// <c>&lt;!--</c> from the data, which would end a script element if the JSON were ever inlined into a page, and
/// U+2028/U+2029, which older JavaScript parsers reject. <see cref="Escape"/> rewrites every <c>&lt;</c> as
/// <c>\u003C</c> and those two separators as <c>\u2028</c>/<c>\u2029</c>. In JSON text these characters can only occur
/// inside strings, so the result is the same JSON value.
/// </summary>
public static class ScriptSafeJson
{
    public static byte[] Escape(byte[] json)
    {
        var count = 0;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'<' || IsSeparator(json, i))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return json;
        }

        var result = new List<byte>(json.Length + (count * 6));
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'<')
            {
                result.AddRange("\\u003C"u8);
            }
            else if (IsSeparator(json, i))
            {
                result.AddRange(json[i + 2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8);
                i += 2;
            }
            else
            {
                result.Add(json[i]);
            }
        }

        return [.. result];
    }

    // U+2028 and U+2029 in UTF-8: E2 80 A8 and E2 80 A9.
    private static bool IsSeparator(byte[] json, int i) =>
        json[i] == 0xE2 && i + 2 < json.Length && json[i + 1] == 0x80 && json[i + 2] is 0xA8 or 0xA9;
}
