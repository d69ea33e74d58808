namespace PowerList.Search.Indexing;

/// <summary>
/// Posting blobs: a doc-id-sorted run of (varint doc-id delta, varint impact·2+nameFlag) pairs, base64 in JSON;
/// a membership bitmap is plain bytes (bit i of byte i/8 = document i), base64.
/// </summary>
public static class PostingCodec
{
    public static string Encode(IReadOnlyList<(int Doc, int Impact)> postings)
    {
        var bytes = new List<byte>(postings.Count * 3);
        var previous = 0;
        foreach (var (doc, impact) in postings)
        {
            var delta = (uint)(doc - previous);
            previous = doc;
            while (delta >= 0x80)
            {
                bytes.Add((byte)(delta | 0x80));
                delta >>= 7;
            }

            bytes.Add((byte)delta);
            var value = (uint)impact;
            while (value >= 0x80)
            {
                bytes.Add((byte)(value | 0x80));
                value >>= 7;
            }

            bytes.Add((byte)value);
        }

        return Convert.ToBase64String(bytes.ToArray());
    }

    public static List<(int Doc, int Impact)> Decode(string blob)
    {
        var bytes = Convert.FromBase64String(blob);
        var postings = new List<(int, int)>();
        var doc = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var delta = 0;
            var shift = 0;
            while ((bytes[i] & 0x80) != 0)
            {
                delta |= (bytes[i++] & 0x7F) << shift;
                shift += 7;
            }

            delta |= bytes[i++] << shift;
            doc += delta;
            var impact = 0;
            shift = 0;
            while ((bytes[i] & 0x80) != 0)
            {
                impact |= (bytes[i++] & 0x7F) << shift;
                shift += 7;
            }

            impact |= bytes[i++] << shift;
            postings.Add((doc, impact));
        }

        return postings;
    }

    public static string EncodeVarints(IEnumerable<int> values)
    {
        var bytes = new List<byte>();
        foreach (var v in values)
        {
            var value = (uint)v;
            while (value >= 0x80)
            {
                bytes.Add((byte)(value | 0x80));
                value >>= 7;
            }

            bytes.Add((byte)value);
        }

        return Convert.ToBase64String(bytes.ToArray());
    }

    public static List<int> DecodeVarints(string blob)
    {
        var bytes = Convert.FromBase64String(blob);
        var values = new List<int>();
        var i = 0;
        while (i < bytes.Length)
        {
            var value = 0;
            var shift = 0;
            while ((bytes[i] & 0x80) != 0)
            {
                value |= (bytes[i++] & 0x7F) << shift;
                shift += 7;
            }

            values.Add(value | (bytes[i++] << shift));
        }

        return values;
    }

    public static string EncodeBitmap(IEnumerable<int> docs, int documents)
    {
        var bytes = new byte[(documents + 7) / 8];
        foreach (var doc in docs)
        {
            bytes[doc >> 3] |= (byte)(1 << (doc & 7));
        }

        return Convert.ToBase64String(bytes);
    }

    public static List<int> DecodeBitmap(string blob)
    {
        var bytes = Convert.FromBase64String(blob);
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
