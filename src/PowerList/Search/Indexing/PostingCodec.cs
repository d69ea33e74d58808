namespace PowerList.Search.Indexing;

/// <summary>
/// Posting blobs: a doc-id-sorted run of (varint doc-id delta, varint impact·2+nameFlag) pairs; a membership bitmap
/// is plain bytes (bit i of byte i/8 = document i). In posting packs they are raw bytes (<see cref="PackWriter"/>),
/// inline in a dictionary entry base64.
/// </summary>
public static class PostingCodec
{
    public static byte[] Encode(IReadOnlyList<(int Doc, int Impact)> postings)
    {
        // At most 5 bytes a varint; written into one array, then trimmed (no list of bytes).
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(16, postings.Count * 10));
        try
        {
            var length = 0L;
            var previous = 0;
            for (var i = 0; i < postings.Count; i++)
            {
                var (doc, impact) = postings[i];
                length += Varint.Write(bytes, length, (uint)(doc - previous));
                previous = doc;
                length += Varint.Write(bytes, length, (uint)impact);
            }

            return bytes.AsSpan(0, (int)length).ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static List<(int Doc, int Impact)> Decode(ReadOnlySpan<byte> bytes)
    {
        var values = DecodeVarints(bytes);
        var postings = new List<(int, int)>(values.Count / 2);
        var doc = 0;
        for (var i = 0; i + 1 < values.Count; i += 2)
        {
            doc += values[i];
            postings.Add((doc, values[i + 1]));
        }

        return postings;
    }

    public static string EncodeVarints(IEnumerable<int> values)
    {
        var bytes = new List<byte>();
        foreach (var v in values)
        {
            AddVarint(bytes, (uint)v);
        }

        return Convert.ToBase64String(bytes.ToArray());
    }

    public static List<int> DecodeVarints(string blob) => DecodeVarints(Convert.FromBase64String(blob));

    public static List<int> DecodeVarints(ReadOnlySpan<byte> bytes)
    {
        var values = new List<int>();
        var i = 0;
        while (i < bytes.Length)
        {
            values.Add(ReadVarint(bytes, ref i));
        }

        return values;
    }

    public static int ReadVarint(ReadOnlySpan<byte> bytes, ref int i)
    {
        var value = 0;
        var shift = 0;
        while ((bytes[i] & 0x80) != 0)
        {
            value |= (bytes[i++] & 0x7F) << shift;
            shift += 7;
        }

        return value | (bytes[i++] << shift);
    }

    public static void AddVarint(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    public static byte[] EncodeBitmap(IEnumerable<int> docs, int documents)
    {
        var bytes = new byte[(documents + 7) / 8];
        foreach (var doc in docs)
        {
            bytes[doc >> 3] |= (byte)(1 << (doc & 7));
        }

        return bytes;
    }

    public static List<int> DecodeBitmap(ReadOnlySpan<byte> bytes)
    {
        var docs = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                if ((bytes[i] & (1 << bit)) != 0)
                {
                    docs.Add((i << 3) | bit);
                }
            }
        }

        return docs;
    }
}
