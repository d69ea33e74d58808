using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PowerList.Search.Indexing;

/// <summary>Compact, deterministic UTF-8 JSON for index files (CJK unescaped to keep files small).</summary>
internal static class JsonOut
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static int Utf8Length(string s) => Encoding.UTF8.GetByteCount(s);
}
