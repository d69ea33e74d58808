using PowerList.Site.Compression;
using PowerList.Site.Pages;

namespace PowerList.Portal;

/// <summary>
/// The portal's own files (outside <c>j/</c>) in an update in place (<see cref="PortalSiteUpdate"/>): each made by
/// <see cref="PortalMerge.PortalFiles"/> and written, atomically, only where its bytes differ from the file on disk.
/// </summary>
internal static class PortalFileWriter
{
    /// <summary>
    /// Writes the portal's own files whose bytes changed (listed in <paramref name="written"/>); adds every path made to <paramref name="produced"/> (the
    /// files <paramref name="warm"/> kept, not made, are in its <see cref="PortalWarm.Kept"/>).
    /// </summary>
    public static void Write(
        IReadOnlyList<(PortalPart Part, string Folder)> parts, TemplateSet templates, string outputFolder, Precompression? precompress, PortalWarm? warm, HashSet<string> produced, List<string> written, SiteChanges changes, Diagnostics.TimingLog? timings)
    {
        warm?.Begin(inPlace: true);
        byte[]? Previous(string path) => File.Exists(Path.Combine(outputFolder, path)) ? File.ReadAllBytes(Path.Combine(outputFolder, path)) : null;
        var since = timings?.Now() ?? default;
        foreach (var file in PortalMerge.PortalFiles(parts, templates, precompress, Previous, warm, timings))
        {
            // Made lazily: the time to make a file is the time until it is handed over (the whole search index with its first file).
            since = timings?.Lap("make " + PortalFileKind(file.Path), since) ?? default;
            produced.Add(file.Path);
            var full = Path.Combine(outputFolder, file.Path);
            if (!SameAsFile(full, file.Content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var temp = full + ".powerlist-tmp";
                File.WriteAllBytes(temp, file.Content);
                File.Move(temp, full, overwrite: true);
                changes.Written++;
                written.Add(file.Path);
            }

            since = timings?.Lap("compare and write", since) ?? default;
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds exactly <paramref name="content"/>: its length first, then its
    /// bytes a block at a time (the portal's conformity bundles are megabytes: not read whole into memory).
    /// </summary>
    private static bool SameAsFile(string path, byte[] content)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        using (stream)
        {
            if (stream.Length != content.Length)
            {
                return false;
            }

            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                for (var at = 0; at < content.Length;)
                {
                    var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - at));
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(at, read)))
                    {
                        return false;
                    }

                    at += read;
                }

                return stream.Read(buffer, 0, 1) == 0;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>For the timings: the kind of a portal file by its path (side-by-side page, search index, other).</summary>
    private static string PortalFileKind(string path) =>
        path.StartsWith(PortalItemPages.Index, StringComparison.Ordinal) ? "catalogue/" : path.StartsWith(Output.SiteUrls.SearchIndexFolder, StringComparison.Ordinal) ? "search index" : "other";
}
