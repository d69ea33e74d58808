using PowerList.Building;

namespace PowerList.Site.Compression;

/// <summary>
/// The precompressed copies of one batch of resolved files (<see cref="Precompression.Wants"/>), made in parallel:
/// a copy whose file kept its key since the previous build is reused, any other is compressed now (from the new bytes,
/// or from the previous site's file when that was reused and only its copy is missing). Recorded in the session in the
/// batch's order.
/// </summary>
public static class CompressedCopies
{
    /// <summary>The key kind of gzip copies in the build manifest.</summary>
    public const string GzipKind = "gzip";

    public static ResolvedOutput[] Of(IncrementalSession session, IReadOnlyList<ResolvedOutput> files, Precompression policy, CancellationToken cancellationToken = default)
    {
        var sources = new List<ResolvedOutput>();
        foreach (var file in files)
        {
            if (policy.Wants(file.Path, file.Length))
            {
                sources.Add(file);
            }
        }

        if (sources.Count == 0)
        {
            return [];
        }

        var copies = new ResolvedOutput[sources.Count];
        try
        {
            Parallel.For(0, sources.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var since = (session.Timings?.Now() ?? default);
                copies[i] = session.ResolveDerived(sources[i], sources[i].Path + Precompression.GzipSuffix, GzipKind, bytes => policy.Gzip(bytes), policy.Gzip);
                session.Timings?.Measure("precompress", since);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        foreach (var copy in copies)
        {
            session.RecordDerived(copy);
        }

        return copies;
    }
}
