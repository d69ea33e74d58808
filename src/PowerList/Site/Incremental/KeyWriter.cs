using System.Buffers.Binary;
using System.Text;

namespace PowerList.Site.Incremental;

/// <summary>
/// Builds the input bytes of a page key from its parts without ambiguity: every string is written with its
/// length, every hash as it is. Cheaper than serializing a page's whole view model.
/// </summary>
public sealed class KeyWriter
{
    private readonly MemoryStream _bytes = new(256);

    public KeyWriter(string kind)
    {
        Add(kind);
    }

    public KeyWriter Add(string text)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = Encoding.UTF8.GetBytes(text);
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        _bytes.Write(length);
        _bytes.Write(bytes);
        return this;
    }

    public KeyWriter Add(bool value)
    {
        _bytes.WriteByte(value ? (byte)1 : (byte)0);
        return this;
    }

    /// <summary>Adds the <see cref="ModelHash"/> of <paramref name="model"/>, or a marker for null.</summary>
    public KeyWriter AddModel(object? model)
    {
        if (model is null)
        {
            _bytes.WriteByte(0);
        }
        else
        {
            _bytes.WriteByte(1);
            _bytes.Write(ModelHash.Of(model));
        }

        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();
}
