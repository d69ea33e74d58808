namespace PowerList.Search.Indexing;

/// <summary>LEB128 unsigned varints, as in the posting blobs: 7 bits a byte, low bits first, high bit = more.</summary>
internal static class Varint
{
    public static int Length(uint value) =>
        value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;

    public static int Write(byte[] bytes, long position, uint value)
    {
        var start = position;
        while (value >= 0x80)
        {
            bytes[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[position++] = (byte)value;
        return (int)(position - start);
    }

    public static uint Read(byte[] bytes, ref long position)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        while (((b = bytes[position++]) & 0x80) != 0)
        {
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }

        return value | ((uint)b << shift);
    }
}
