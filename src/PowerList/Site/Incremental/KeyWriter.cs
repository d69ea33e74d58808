using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PowerList.Site.Incremental;

/// <summary>
/// Builds the input bytes of a key from its parts without ambiguity: every string is written with its length (as
/// UTF-16, no transcoding), every number and hash as it is. Cheaper than serializing a page's whole view model.
/// </summary>
public sealed class KeyWriter
{
    private byte[] _buffer;
    private int _length;

    public KeyWriter(string kind, int capacity = 256)
    {
        _buffer = new byte[Math.Max(16, capacity)];
        Add(kind);
    }

    /// <summary>The bytes written so far (valid until the next write).</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public KeyWriter Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }

        Add(text.Length);
        Write(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public KeyWriter Add(bool value)
    {
        Reserve(1)[0] = value ? (byte)1 : (byte)0;
        _length++;
        return this;
    }

    public KeyWriter Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        _length += 4;
        return this;
    }

    public KeyWriter Add(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);
        _length += 8;
        return this;
    }

    public KeyWriter Add(UInt128 hash)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(Reserve(16), hash);
        _length += 16;
        return this;
    }

    /// <summary>Adds the <see cref="ModelHash"/> of <paramref name="model"/>, or a marker for null.</summary>
    public KeyWriter AddModel(object? model) => model is null ? Add(false) : Add(true).Add(ModelHash.Of(model));

    public byte[] ToArray() => Written.ToArray();

    /// <summary>The key of what was written (see <see cref="ContentKey.Hash"/>).</summary>
    public UInt128 Hash() => ContentKey.Hash(Written);

    internal void Clear() => _length = 0;

    /// <summary>Adds raw bytes (for parts of a known length).</summary>
    public KeyWriter Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
        return this;
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        return _buffer.AsSpan(_length, count);
    }
}
