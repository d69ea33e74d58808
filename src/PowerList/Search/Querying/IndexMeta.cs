using System.Text.Json;

namespace PowerList.Search.Querying;

/// <summary><c>meta.jgz</c>: what every query needs (shard counts, boosts, category and level names, synonyms).</summary>
public sealed class IndexMeta
{
    public IndexMeta(JsonElement meta)
    {
        // An index of another format puts its terms in other shards (format 9: Fnv's linear hashing).
        var format = meta.TryGetProperty("format", out var f) ? f.GetInt32() : 0;
        if (format != Indexing.IndexSettings.FormatVersion)
        {
            throw new InvalidDataException($"search index format {format}, expected {Indexing.IndexSettings.FormatVersion}");
        }

        Documents = meta.GetProperty("docs").GetInt32();
        DictShards = meta.GetProperty("dictShards").GetInt32();
        CodeShards = meta.GetProperty("codeShards").GetInt32();
        DocsPerShard = meta.GetProperty("docsPerShard").GetInt32();
        PhraseBoost = meta.GetProperty("phraseBoost").GetInt32();
        CodeBoost = meta.GetProperty("codeBoost").GetInt32();
        RowReads = meta.GetProperty("rowReads").GetInt32();
        RowTerms = meta.GetProperty("rowTerms").GetInt32();
        EntryUrl = meta.GetProperty("entryUrl").GetString()!;
        DepartmentCount = meta.GetProperty("departments").GetInt32();
        DepartmentsPerShard = meta.GetProperty("departmentsPerShard").GetInt32();
        TopDepartments = meta.GetProperty("topDepartments").GetInt32();
        Categories = meta.GetProperty("categories").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
        Levels = meta.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!).ToList();
        Ended = meta.TryGetProperty("ended", out var ended)
            ? ended.EnumerateArray().ToDictionary(p => p[0].GetInt32(), p => p[1].GetInt32())
            : [];
        Synonyms = meta.GetProperty("synonyms").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(e => e.GetString()!).ToList(), StringComparer.Ordinal);
        StopWords = meta.TryGetProperty("stop", out var stop) ? stop.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
    }

    public int Documents { get; }
    public int DictShards { get; }
    public int CodeShards { get; }
    public int DocsPerShard { get; }
    public int PhraseBoost { get; }
    public int CodeBoost { get; }

    /// <summary><see cref="PowerList.Search.Indexing.IndexSettings.RowReads"/>.</summary>
    public int RowReads { get; }

    /// <summary>Terms in more documents than this are listed in the rows' name impacts (<see cref="PowerList.Search.Indexing.IndexSettings.RowTermThreshold"/>).</summary>
    public int RowTerms { get; }
    public string EntryUrl { get; }
    public int DepartmentCount { get; }
    /// <summary>Department (id, name) pairs by index are in <c>departments/N.jgz</c>, this many a file.</summary>
    public int DepartmentsPerShard { get; }
    public int TopDepartments { get; }
    public IReadOnlyList<(string Key, string Name)> Categories { get; }
    public IReadOnlyList<string> Levels { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; }
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>Ended documents: doc id → index in <see cref="Model.EntryStatus.All"/>. Every other document is in force.</summary>
    public IReadOnlyDictionary<int, int> Ended { get; }

    /// <summary>The status id of a document (<see cref="Model.EntryStatus"/>).</summary>
    public string StatusOf(int doc) => Model.EntryStatus.All[Ended.TryGetValue(doc, out var s) ? s : 0];
}
