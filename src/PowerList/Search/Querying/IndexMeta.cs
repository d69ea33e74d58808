using System.Text.Json;

namespace PowerList.Search.Querying;

/// <summary><c>meta.json</c>, with the facet runs expanded to one value per document.</summary>
public sealed class IndexMeta
{
    public IndexMeta(JsonElement meta)
    {
        Documents = meta.GetProperty("docs").GetInt32();
        DictShards = meta.GetProperty("dictShards").GetInt32();
        CodeShards = meta.GetProperty("codeShards").GetInt32();
        DocsPerShard = meta.GetProperty("docsPerShard").GetInt32();
        PhraseBoost = meta.GetProperty("phraseBoost").GetInt32();
        CodeBoost = meta.GetProperty("codeBoost").GetInt32();
        EntryUrl = meta.GetProperty("entryUrl").GetString()!;
        Departments = Pairs(meta.GetProperty("departments"));
        Categories = Pairs(meta.GetProperty("categories"));
        Levels = meta.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!).ToList();
        DocDepartment = new int[Documents];
        DocCategory = new int[Documents];
        DocLevels = new int[Documents];
        var doc = 0;
        foreach (var run in meta.GetProperty("facets").EnumerateArray())
        {
            var count = run[0].GetInt32();
            for (var i = 0; i < count; i++, doc++)
            {
                DocDepartment[doc] = run[1].GetInt32();
                DocCategory[doc] = run[2].GetInt32();
                DocLevels[doc] = run[3].GetInt32();
            }
        }

        Synonyms = meta.GetProperty("synonyms").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(e => e.GetString()!).ToList(), StringComparer.Ordinal);
    }

    public int Documents { get; }
    public int DictShards { get; }
    public int CodeShards { get; }
    public int DocsPerShard { get; }
    public int PhraseBoost { get; }
    public int CodeBoost { get; }
    public string EntryUrl { get; }
    public IReadOnlyList<(string Key, string Name)> Departments { get; }
    public IReadOnlyList<(string Key, string Name)> Categories { get; }
    public IReadOnlyList<string> Levels { get; }
    public int[] DocDepartment { get; }
    public int[] DocCategory { get; }
    public int[] DocLevels { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; }

    private static List<(string, string)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
}
