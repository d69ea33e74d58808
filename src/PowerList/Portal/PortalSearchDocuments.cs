using System.IO.Compression;
using System.Text.Json;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Indexing;

namespace PowerList.Portal;

/// <summary>
/// A part's <c>search-documents.jgz</c>, beside its <c>part.json</c> and outside its <c>site/</c> (never published):
/// the search documents of the jurisdiction's public entries (<see cref="DocumentExtractor"/>), with the text of each
/// field, so that a merge can build the portal's search index from the parts alone (<see cref="PortalSearchIndex"/>).
/// Gzip-compressed compact JSON: <c>{format, categories: [[code, name]…], departments: [name…], synonyms: [[term, expansions…]…], docs: [[code, name, category, status,
/// snippet, guide_url, online_url, [codes…], department, field texts…]…]}</c>, documents in code order (format 2: the
/// department, so that a portal's result names it beside the jurisdiction). The same lists give the
/// same bytes.
/// </summary>
public static class PortalSearchDocuments
{
    public const string FileName = "search-documents.jgz";
    private const int Format = 2;

    /// <summary>
    /// What a part holds: its categories and its documents (<see cref="SearchDocument.Category"/> indexes the categories;
    /// <see cref="SearchDocument.Unit"/> is the name of the entry's department; department and level are the portal's to set).
    /// </summary>
    public sealed record Part(IReadOnlyList<Category> Categories, IReadOnlyList<Synonym> Synonyms, IReadOnlyList<SearchDocument> Documents);

    public static byte[] Write(ListSet lists)
    {
        using var stream = new MemoryStream();
        Write(lists, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the file into <paramref name="output"/> (seekable), a block at a time, and returns what <see cref="Read"/>
    /// gives of it (<c>serve</c> hands the part to the portal in memory instead of reading the file back): each field's
    /// text made once, for both.
    /// </summary>
    public static Part Write(ListSet lists, Stream output)
    {
        var extracted = DocumentExtractor.Extract(lists);
        var departments = extracted.Departments.Select(d => d.Name).ToList();
        var docs = extracted.Documents.Select(d => new SearchDocument(
            d.Code, d.Name, -1, d.Category, 0, d.Snippet, [.. d.Fields], [.. d.Codes], d.Status, d.GuideUrl, d.OnlineUrl,
            d.Department >= 0 && d.Department < departments.Count ? departments[d.Department] : "")).ToList();
        var part = new Part(
            [.. extracted.Categories.Select(c => new Category { Code = c.Code, Name = c.Name })],
            [.. lists.Synonyms.Select(s => new Synonym { Term = s.Term, Expansions = [.. s.Expansions] })],
            docs);
        // A working file, never published, written on every serve rebuild of the part: fast compression, and written in
        // blocks (no megabytes of JSON in memory: large objects bring full collections in serve).
        FixedGzip.Compress(output, CompressionLevel.Fastest, gzip =>
        {
            using var w = new Utf8JsonWriter(gzip, JsonOut.Options);
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteStartArray("categories");
            foreach (var c in part.Categories)
            {
                w.WriteStartArray();
                w.WriteStringValue(c.Code);
                w.WriteStringValue(c.Name);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("departments");
            foreach (var name in departments)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
            w.WriteStartArray("synonyms");
            foreach (var synonym in part.Synonyms)
            {
                w.WriteStartArray();
                w.WriteStringValue(synonym.Term);
                foreach (var expansion in synonym.Expansions)
                {
                    w.WriteStringValue(expansion);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("docs");
            for (var i = 0; i < docs.Count; i++)
            {
                var d = docs[i];
                w.WriteStartArray();
                w.WriteStringValue(d.Code);
                w.WriteStringValue(d.Name);
                w.WriteNumberValue(d.Category);
                w.WriteNumberValue(d.Status);
                w.WriteStringValue(d.Snippet);
                w.WriteStringValue(d.GuideUrl);
                w.WriteStringValue(d.OnlineUrl);
                w.WriteStartArray();
                foreach (var code in d.Codes)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                w.WriteNumberValue(extracted.Documents[i].Department);
                foreach (var field in d.Fields)
                {
                    w.WriteStringValue(field);
                }

                w.WriteEndArray();
                if (w.BytesPending >= Block)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        return part;
    }

    /// <summary>How much JSON is handed to the compressor at a time (under the large object size).</summary>
    private const int Block = 64 * 1024;

    /// <exception cref="InvalidDataException">Not such a file, or of another format.</exception>
    public static Part Read(byte[] content, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(IndexFileCodec.Decompress(content));
            var r = doc.RootElement;
            if (r.GetProperty("format").GetInt32() != Format)
            {
                throw new InvalidDataException($"{path}：不认识的格式版本");
            }

            var categories = r.GetProperty("categories").EnumerateArray()
                .Select(c => new Category { Code = c[0].GetString()!, Name = c[1].GetString()! }).ToList();
            var synonyms = r.GetProperty("synonyms").EnumerateArray()
                .Select(a => new Synonym { Term = a[0].GetString()!, Expansions = [.. a.EnumerateArray().Skip(1).Select(e => e.GetString()!)] }).ToList();
            var departments = r.GetProperty("departments").EnumerateArray().Select(d => d.GetString()!).ToList();
            var docs = new List<SearchDocument>();
            foreach (var d in r.GetProperty("docs").EnumerateArray())
            {
                var length = d.GetArrayLength();
                var department = d[8].GetInt32();
                docs.Add(new SearchDocument(
                    d[0].GetString()!, d[1].GetString()!, -1, d[2].GetInt32(), 0, d[4].GetString()!,
                    [.. Enumerable.Range(9, length - 9).Select(f => d[f].GetString()!)],
                    [.. d[7].EnumerateArray().Select(c => c.GetString()!)],
                    d[3].GetInt32(), d[5].GetString()!, d[6].GetString()!,
                    department >= 0 && department < departments.Count ? departments[department] : ""));
            }

            return new Part(categories, synonyms, docs);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{path} 无法读取：{ex.Message}", ex);
        }
    }
}
