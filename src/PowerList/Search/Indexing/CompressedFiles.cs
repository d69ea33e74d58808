using PowerList.Output;
using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>
/// Collects the index files and compresses them as they come (<see cref="DeferredOutput.Produce"/>: JSON as
/// <c>*.jgz</c>, posting packs as <c>*.bgz</c>, <see cref="IndexFileCodec"/>), a batch at a time in parallel, so that
/// only the compressed bytes of the whole index are held, not its uncompressed text as well. Each file is compressed
/// on its own, so the bytes do not depend on batching; <see cref="Finish"/> returns the files in ordinal path order.
/// </summary>
internal sealed class CompressedFiles
{
    private const int BatchBytes = 16 << 20;
    private readonly List<OutputFile> _done = [];
    private readonly List<DeferredOutput> _batch = [];
    private long _batchBytes;

    public void Add(DeferredOutput file)
    {
        _batch.Add(file);
        _batchBytes += file.Source.Length;
        if (_batchBytes >= BatchBytes)
        {
            Flush();
        }
    }

    public void AddRange(IEnumerable<DeferredOutput> files)
    {
        foreach (var file in files)
        {
            Add(file);
        }
    }

    public IReadOnlyList<OutputFile> Finish()
    {
        Flush();
        return [.. _done.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private void Flush()
    {
        var compressed = new OutputFile[_batch.Count];
        Parallel.For(0, _batch.Count, i => compressed[i] = _batch[i].ToFile());
        _done.AddRange(compressed);
        _batch.Clear();
        _batchBytes = 0;
    }
}
