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

    public JsonElement Require(string path) =>
        Get(path) ?? throw new FileNotFoundException($"搜索索引文件缺失：{path}", path);
}
