using System.IO.Compression;

namespace PowerList.Tests.Site;

/// <summary>The transfer size of an entry page: its HTML and the stylesheet, each gzip-compressed.</summary>
public static class SizeBudget
{
    public static (string Page, long Bytes) LargestEntryPage(string site)
    {
        var css = Gzipped(File.ReadAllBytes(Path.Combine(site, "assets", "site.css")));
        return Directory.GetFiles(Path.Combine(site, "entry"), "index.html", SearchOption.AllDirectories)
            .Select(f => (Page: f, Bytes: Gzipped(File.ReadAllBytes(f)) + css))
            .OrderByDescending(x => x.Bytes)
            .ThenBy(x => x.Page, StringComparer.Ordinal)
            .First();
    }

    public static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}
