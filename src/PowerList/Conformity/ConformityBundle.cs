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

    public static byte[] Json(IEnumerable<byte[]> reports)
    {
        var text = new StringBuilder("[");
        var first = true;
        foreach (var report in reports)
        {
            text.Append(first ? "\n" : ",\n").Append(Encoding.UTF8.GetString(report).TrimEnd());
            first = false;
        }

        return Encoding.UTF8.GetBytes(text.Append(first ? "]\n" : "\n]\n").ToString());
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
