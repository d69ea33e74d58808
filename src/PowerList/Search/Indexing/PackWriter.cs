using PowerList.Output;

namespace PowerList.Search.Indexing;

/// <summary>
/// Packs posting blobs into binary files <c>post/N.bin</c> (gzip-compressed as <c>post/N.bgz</c> by the writer) of
/// about <see cref="IndexSettings.PackBytes"/>: varint blob count, varint length of each blob, then the blobs.
/// A blob of <see cref="IndexSettings.PackBytes"/> or more gets a file of its own. Packs that can no longer grow are
/// handed out by <see cref="TakeCompleted"/> as the writer goes, so their blobs are not all held to the end.
/// </summary>
internal sealed class PackWriter(string folder)
{
    private readonly List<List<byte[]>?> packs = [];
    private int firstOpen;
    private List<byte[]>? current;
    private int currentBytes;
    private int currentIndex;

    /// <summary>Starts a new pack unless the current one has room for <paramref name="bytes"/> more (blobs that are fetched together).</summary>
    public void KeepTogether(int bytes)
    {
        if (current is not null && currentBytes + bytes > IndexSettings.PackBytes && bytes < IndexSettings.PackBytes)
        {
            current = null;
        }
    }

    public (int Pack, int Index) Add(byte[] blob)
    {
        if (blob.Length >= IndexSettings.PackBytes)
        {
            packs.Add([blob]);
            return (packs.Count - 1, 0);
        }

        if (current is null || currentBytes + blob.Length > IndexSettings.PackBytes)
        {
            current = [];
            currentBytes = 0;
            packs.Add(current);
            currentIndex = packs.Count - 1;
        }

        current.Add(blob);
        currentBytes += blob.Length + 2;
        return (currentIndex, current.Count - 1);
    }

    /// <summary>The packs, not handed out before, that no blob can be added to any more (all but the current one).</summary>
    public IEnumerable<OutputFile> TakeCompleted()
    {
        var completed = new List<OutputFile>();
        for (var i = firstOpen; i < packs.Count; i++)
        {
            if (packs[i] is { } blobs && !(current is not null && i == currentIndex))
            {
                completed.Add(File(i, blobs));
                packs[i] = null;
            }
        }

        while (firstOpen < packs.Count && packs[firstOpen] is null)
        {
            firstOpen++;
        }

        return completed;
    }

    /// <summary>Every pack not handed out yet.</summary>
    public IEnumerable<OutputFile> Finish()
    {
        current = null;
        return TakeCompleted();
    }

    private OutputFile File(int index, List<byte[]> blobs)
    {
        var bytes = new List<byte>(blobs.Sum(b => b.Length) + 2 * blobs.Count + 2);
        PostingCodec.AddVarint(bytes, (uint)blobs.Count);
        foreach (var blob in blobs)
        {
            PostingCodec.AddVarint(bytes, (uint)blob.Length);
        }

        foreach (var blob in blobs)
        {
            bytes.AddRange(blob);
        }

        return new OutputFile($"{folder}{index}.bin", bytes.ToArray());
    }
}
