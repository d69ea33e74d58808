using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Output;

/// <summary>
/// A JSON document as the command line and the downloads write it: UTF-8, two-space indent, LF line ends, Chinese
/// unescaped, a final newline. The same writes give the same bytes.
/// </summary>
public static class IndentedJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            write(w);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
