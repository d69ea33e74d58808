using System.Text;

namespace PowerList.Conformity;

/// <summary>
/// The conformity of many jurisdictions in one file, made of each one's own (<see cref="ConformityJson"/>,
/// <see cref="ConformityCsv"/>), in the order given: JSON, a list of the one-jurisdiction objects (what <c>powerlist
/// conform</c> prints for a portal, and the portal's <c>conformity/conformity.json</c>); CSV, one header and every
/// file's rows (each row names its jurisdiction).
/// </summary>
public static class ConformityBundle
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <param name="reports">Each jurisdiction's report as <see cref="ConformityJson"/> writes it (UTF-8); trailing white space is dropped.</param>
    public static byte[] Json(IEnumerable<byte[]> reports)
    {
        // Bytes copied as they are (no text decoded and encoded again: the portal's bundle is megabytes, remade on every serve rebuild).
        var all = reports.ToList();
        using var stream = new MemoryStream(all.Sum(r => r.Length + 2) + 4);
        stream.WriteByte((byte)'[');
        foreach (var report in all)
        {
            stream.Write(stream.Length == 1 ? "\n"u8 : ",\n"u8);
            var body = report.AsSpan();
            stream.Write(body[..(body.Length - TrailingSpace(body))]);
        }

        stream.Write(all.Count == 0 ? "]\n"u8 : "\n]\n"u8);
        return stream.ToArray();
    }

    /// <summary>How many bytes of white space (<see cref="char.IsWhiteSpace(char)"/>, as UTF-8) end <paramref name="text"/>.</summary>
    private static int TrailingSpace(ReadOnlySpan<byte> text)
    {
        var end = text.Length;
        while (end > 0)
        {
            var status = System.Text.Rune.DecodeLastFromUtf8(text[..end], out var rune, out var length);
            if (status != System.Buffers.OperationStatus.Done || !System.Text.Rune.IsWhiteSpace(rune))
            {
                break;
            }

            end -= length;
        }

        return text.Length - end;
    }

    /// <summary>The files' rows under one header; with none, the header alone.</summary>
    public static byte[] Csv(IEnumerable<byte[]> files)
    {
        using var stream = new MemoryStream();
        var first = true;
        foreach (var file in files)
        {
            var body = file.AsSpan();
            if (body.StartsWith(Bom))
            {
                body = body[Bom.Length..];
            }

            if (first)
            {
                stream.Write(Bom);
                stream.Write(body);
                first = false;
                continue;
            }

            var header = body.IndexOf("\r\n"u8);
            if (header >= 0)
            {
                stream.Write(body[(header + 2)..]);
            }
        }

        return first ? ConformityCsv.Header() : stream.ToArray();
    }
}
