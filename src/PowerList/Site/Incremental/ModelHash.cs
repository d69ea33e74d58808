using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PowerList.Model;

namespace PowerList.Site.Incremental;

/// <summary>
/// A hash of a model record's content (every public property, recursively, as JSON), leaving out where it came
/// from (<see cref="Sourced.Source"/>: lines move when a neighbour is edited, the pages do not show them). Computed
/// once per object and remembered while the object lives, so a page key can combine the hashes of the entries it
/// shows instead of serializing its whole view model. Thread-safe.
/// </summary>
public static class ModelHash
{
    private static readonly ConditionalWeakTable<object, byte[]> Cache = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    for (var i = info.Properties.Count - 1; i >= 0; i--)
                    {
                        if (info.Properties[i].PropertyType == typeof(SourceInfo))
                        {
                            info.Properties.RemoveAt(i);
                        }
                    }
                },
            },
        },
    };

    /// <summary>16 bytes of the SHA-256 of <paramref name="value"/>'s type name and content.</summary>
    public static byte[] Of(object value) => Cache.GetValue(value, Compute);

    private static byte[] Compute(object value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(value.GetType().FullName + "\n"));
        sha.AppendData(json);
        return sha.GetHashAndReset()[..16];
    }
}
