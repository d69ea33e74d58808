using PowerList.Output;

namespace PowerList.Search.Indexing;

/// <summary>Packs posting blobs into <c>post/N.json</c> files (JSON arrays of base64 strings) of about <see cref="IndexSettings.PackBytes"/>.</summary>
internal sealed class PackWriter(string folder)
{
    private readonly List<List<string>> packs = [];
    private List<string>? current;
    private int currentBytes;
    private int currentIndex;

    public (int Pack, int Index) Add(string blob)
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
        currentBytes += blob.Length + 3;
        return (currentIndex, current.Count - 1);
    }

    public IEnumerable<OutputFile> Finish() =>
        packs.Select((blobs, i) => new OutputFile($"{folder}{i}.json", JsonOut.Write(w =>
        {
            w.WriteStartArray();
            foreach (var blob in blobs)
            {
                w.WriteStringValue(blob);
            }

            w.WriteEndArray();
        })));
}
