using System.Buffers.Binary;
using System.Text;

namespace PowerList.Building;

/// <summary>
/// A growing byte array that <see cref="BuildManifest.ToBytes"/> writes one part of a manifest into: raw bytes,
/// varints, little-endian numbers and UTF-8 text straight into the array (no stream, no call per byte).
/// </summary>
internal sealed class ManifestBytes
{
    private byte[] _bytes;

    public ManifestBytes(int capacity)
    {
        _bytes = new byte[Math.Max(64, capacity)];
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        Length += 4;
    }

    public void WriteUInt128(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(Reserve(16), value);
        Length += 16;
    }

    public void WriteVarint(ulong value)
    {
        var span = Reserve(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        Length += n;
    }

    /// <summary>Writes <paramref name="text"/>'s length in UTF-8 bytes as a varint, then the bytes.</summary>
    public void WriteText(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        WriteVarint((ulong)length);
        Encoding.UTF8.GetBytes(text, Reserve(length));
        Length += length;
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length, count);
    }
}
