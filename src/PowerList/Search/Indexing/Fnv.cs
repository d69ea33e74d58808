namespace PowerList.Search.Indexing;

/// <summary>FNV-1a over UTF-16 code units: picks the shard of a term or code (search.js computes the same).</summary>
public static class Fnv
{
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return hash;
    }

    public static int Shard(string text, int shards) => (int)(Hash(text) % (uint)shards);
}
