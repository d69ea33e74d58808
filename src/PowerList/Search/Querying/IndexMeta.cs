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
        DepartmentIds = meta.GetProperty("departments").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DepartmentsPerShard = meta.GetProperty("departmentsPerShard").GetInt32();
        TopDepartments = meta.GetProperty("topDepartments").GetInt32();
        Categories = Pairs(meta.GetProperty("categories"));
        Levels = meta.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var facets = meta.GetProperty("facets");
        DocDepartment = Expand(facets.GetProperty("dept").GetString()!, Documents);
        DocCategory = Expand(facets.GetProperty("cat").GetString()!, Documents);
        DocLevels = Expand(facets.GetProperty("level").GetString()!, Documents);

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
    /// <summary>Department ids by index; names are in <c>departments/N.json</c>, <see cref="DepartmentsPerShard"/> a file.</summary>
    public IReadOnlyList<string> DepartmentIds { get; }
    public int DepartmentsPerShard { get; }
    public int TopDepartments { get; }
    public IReadOnlyList<(string Key, string Name)> Categories { get; }
    public IReadOnlyList<string> Levels { get; }
    public int[] DocDepartment { get; }
    public int[] DocCategory { get; }
    public int[] DocLevels { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; }

    private static int[] Expand(string runs, int n)
    {
        var values = new int[n];
        var pairs = Indexing.PostingCodec.DecodeVarints(runs);
        var doc = 0;
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            for (var k = 0; k < pairs[i]; k++)
            {
                values[doc++] = pairs[i + 1];
            }
        }

        return values;
    }

    private static List<(string, string)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
}
