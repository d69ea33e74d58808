using PowerList.Building;

namespace PowerList.Site.Compression;

/// <summary>
/// The precompressed copy of one resolved file (<see cref="Precompression.Wants"/>): a copy whose file kept its key
/// since the previous build is reused, any other is compressed now (from the new bytes, or from the previous site's
/// file when that was reused and only its copy is missing). Safe to call from several threads; the caller records the
/// copies in the session in its files' order (<see cref="IncrementalSession.RecordDerived"/>), so the manifest does not
/// depend on which thread made which copy.
/// </summary>
public static class CompressedCopies
{
    /// <summary>The key kind of gzip copies in the build manifest.</summary>
    public const string GzipKind = "gzip";

    /// <summary>The site path of <paramref name="file"/>'s copy, or null when <paramref name="policy"/> wants none.</summary>
    public static string? PathOf(ResolvedOutput file, Precompression policy) =>
        policy.Wants(file.Path, file.Length) ? file.Path + Precompression.GzipSuffix : null;

    /// <summary>The copy of <paramref name="file"/>, reused or made now; null when <paramref name="policy"/> wants none.</summary>
    public static ResolvedOutput? Of(IncrementalSession session, ResolvedOutput file, Precompression policy)
    {
        if (PathOf(file, policy) is not { } path)
        {
            return null;
        }

        var since = (session.Timings?.Now() ?? default);
        var copy = session.ResolveDerived(file, path, GzipKind, bytes => policy.Gzip(bytes), policy.Gzip);
        session.Timings?.Measure("precompress", since);
        return copy;
    }
}
