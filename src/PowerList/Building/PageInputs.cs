using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PowerList.Building;

/// <summary>
/// The inputs of a template page: its kind and its model serialized to JSON (every public property and field,
/// recursively), which is all a Handlebars template can read.
/// </summary>
public static class PageInputs
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles,
    };

    public static byte[] Of(string kind, object model)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), Options);
        var head = Encoding.UTF8.GetBytes(kind + "\n");
        var all = new byte[head.Length + json.Length];
        head.CopyTo(all, 0);
        json.CopyTo(all, head.Length);
        return all;
    }
}
