using System.Text.Json;

namespace PowerList.Search.Querying;

/// <summary>
/// Reads index files (paths relative to the index folder, gzip-compressed JSON: <see cref="Indexing.IndexFileCodec"/>)
/// once each and remembers what was read.
/// </summary>
public sealed class IndexFiles(Func<string, byte[]?> load)
{
    private readonly Dictionary<string, JsonElement?> cache = new(StringComparer.Ordinal);

    public List<string> Read { get; } = [];

    public static IndexFiles FromFolder(string indexFolder) =>
        new(path =>
        {
            var full = Path.Combine(indexFolder, path);
            return File.Exists(full) ? File.ReadAllBytes(full) : null;
        });

    public JsonElement? Get(string path)
    {
        if (!cache.TryGetValue(path, out var element))
        {
            var bytes = load(path);
            Read.Add(path);
            element = bytes is null ? null : JsonDocument.Parse(Indexing.IndexFileCodec.Decompress(bytes)).RootElement.Clone();
            cache[path] = element;
        }

        return element;
    }

    private readonly Dictionary<string, byte[]> binaries = new(StringComparer.Ordinal);

    /// <summary>A binary file (a posting pack), decompressed.</summary>
    public byte[] RequireBytes(string path)
    {
        if (!binaries.TryGetValue(path, out var bytes))
        {
            var content = load(path);
            Read.Add(path);
            bytes = content is null ? throw new FileNotFoundException($"搜索索引文件缺失：{path}", path) : Indexing.IndexFileCodec.Decompress(content);
            binaries[path] = bytes;
        }

        return bytes;
    }

    /// <summary>The blobs read by <see cref="Blob"/>, (pack, index), in order (tests: which tiers a query fetched).</summary>
    public List<(int Pack, int Index)> BlobsRead { get; } = [];

    /// <summary>Blob <paramref name="index"/> of posting pack <paramref name="pack"/> (<c>post/N.bgz</c>: varint count, varint lengths, blobs).</summary>
    public ReadOnlySpan<byte> Blob(int pack, int index)
    {
        BlobsRead.Add((pack, index));
        var bytes = RequireBytes($"post/{pack}.bgz");
        var i = 0;
        var count = Indexing.PostingCodec.ReadVarint(bytes, ref i);
        var offset = 0;
        var length = 0;
        for (var k = 0; k < count; k++)
        {
            var l = Indexing.PostingCodec.ReadVarint(bytes, ref i);
            if (k < index)
            {
                offset += l;
            }
            else if (k == index)
            {
                length = l;
            }
        }

        return bytes.AsSpan(i + offset, length);
    }

    public JsonElement Require(string path) =>
        Get(path) ?? throw new FileNotFoundException($"搜索索引文件缺失：{path}", path);
}
