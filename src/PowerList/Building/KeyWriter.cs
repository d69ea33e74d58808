using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace PowerList.Building;

/// <summary>
/// Builds the input bytes of a key from its parts without ambiguity: every string is written with its length (as
/// UTF-16, no transcoding), every number and hash as it is. Cheaper than serializing a page's whole view model.
/// Long inputs (a law cited by 20,000 entries) are hashed as they are written, in blocks of
/// <see cref="BlockSize"/> bytes, so no large buffer is ever allocated (<see cref="ToArray"/> then gives a stand-in
/// holding the hash).
/// </summary>
public sealed class KeyWriter
{
    private const int BlockSize = 32 * 1024;

    private byte[] _buffer;
    private int _length;
    private IncrementalHash? _streamed;

    public KeyWriter(string kind, int capacity = 256)
    {
        _buffer = new byte[Math.Max(16, capacity)];
        Add(kind);
    }

    private ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

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

    /// <summary>
    /// Everything written; when that was long enough to be hashed in blocks, a stand-in: four 0xFF bytes (a null
    /// text's length, which no writer starts with: the first part is always the kind) and the 16-byte hash.
    /// </summary>
    public byte[] ToArray()
    {
        if (_streamed is null)
        {
            return Written.ToArray();
        }

        var bytes = new byte[20];
        bytes.AsSpan(0, 4).Fill(0xFF);
        BinaryPrimitives.WriteUInt128LittleEndian(bytes.AsSpan(4), Hash());
        return bytes;
    }

    /// <summary>The key of what was written (see <see cref="ContentKey.Hash"/>); the writer is then empty.</summary>
    public UInt128 Hash()
    {
        if (_streamed is null)
        {
            var hash = ContentKey.Hash(Written);
            _length = 0;
            return hash;
        }

        _streamed.AppendData(_buffer, 0, _length);
        _length = 0;
        Span<byte> digest = stackalloc byte[32];
        _streamed.GetHashAndReset(digest);
        _streamed.Dispose();
        _streamed = null;
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    internal void Clear()
    {
        _length = 0;
        _streamed?.Dispose();
        _streamed = null;
    }

    /// <summary>Adds raw bytes (for parts of a known length).</summary>
    public KeyWriter Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
        return this;
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > BlockSize && _length > 0)
        {
            _streamed ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            _streamed.AppendData(_buffer, 0, _length);
            _length = 0;
        }

        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        return _buffer.AsSpan(_length, count);
    }
}
