namespace PowerList.Building;

/// <summary>How <see cref="IncrementalSession"/> hands deferred files (<see cref="IDeferredContributor"/>) to be keyed and produced in parallel.</summary>
public static class DeferredBatches
{
    /// <summary>Source bytes of deferred files keyed and produced at once (in parallel).</summary>
    private const long Bytes = 16 << 20;

    /// <summary>Batches of at most <paramref name="count"/> files and about <see cref="Bytes"/> source bytes, taken lazily.</summary>
    public static IEnumerable<List<DeferredOutput>> Of(IEnumerable<DeferredOutput> files, int count)
    {
        var batch = new List<DeferredOutput>();
        long bytes = 0;
        foreach (var file in files)
        {
            batch.Add(file);
            bytes += file.HasSource ? file.Source.LongLength : 0;
            if (batch.Count >= count || bytes >= Bytes)
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
