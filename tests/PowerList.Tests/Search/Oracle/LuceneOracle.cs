using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PowerList.Model;
using PowerList.Search.Analysis;
using PowerList.Search.Indexing;
using LuceneDocument = Lucene.Net.Documents.Document;
using LuceneIndexWriter = Lucene.Net.Index.IndexWriter;

namespace PowerList.Tests.Search.Oracle;

/// <summary>
/// An independent search engine over the same entries as ours: Lucene.Net 4.8 with its <see cref="CJKAnalyzer"/>
/// (standard tokenizer, full-width folding, lower case, overlapping CJK bigrams; a lone CJK character is kept as a
/// unigram) and <see cref="BM25Similarity"/> (k1 = 1.2, b = 0.75), in a <see cref="RAMDirectory"/>. Each public entry
/// is one document with the six fields our index has (<see cref="EntryFields"/>: the same texts, so both engines
/// see the same words), queried with our field weights as query-time boosts (Lucene sums per-field BM25, ours is
/// BM25F). A query is split at white space into words; every word must match (every bigram of the word in some
/// field): the AND semantics of our engine, with Lucene's own analysis and scoring and none of our synonyms or
/// traditional-character folding.
/// </summary>
public sealed class LuceneOracle : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string CodeKey = "_code";
    private const string DepartmentKey = "_dept";
    private const string CategoryKey = "_cat";

    private static readonly string[] FieldNames = Enum.GetNames<SearchField>().Select(n => n.ToLowerInvariant()).ToArray();

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer = new CJKAnalyzer(Version);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public LuceneOracle(ListSet lists)
    {
        var departments = lists.Departments.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var categories = lists.Categories.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var laws = lists.Laws.ToDictionary(l => l.Id, StringComparer.Ordinal);

        // One segment (a large RAM buffer, nothing flushed before the commit): doc ids stay in the order added.
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(), RAMBufferSizeMB = 512 };
        using (var writer = new LuceneIndexWriter(directory, config))
        {
            foreach (var entry in lists.PublicEntries.OrderBy(e => e.Code, StringComparer.Ordinal))
            {
                var fields = new EntryFields(
                    entry, departments.GetValueOrDefault(entry.Department, ""), categories.GetValueOrDefault(entry.Category, ""), laws);
                var doc = new LuceneDocument
                {
                    new StringField(CodeKey, entry.Code, Field.Store.YES),
                    new StringField(DepartmentKey, entry.Department, Field.Store.YES),
                    new StringField(CategoryKey, entry.Category, Field.Store.YES),
                };
                for (var f = 0; f < FieldNames.Length; f++)
                {
                    doc.Add(new TextField(FieldNames[f], fields[f], Field.Store.NO));
                }

                writer.AddDocument(doc);
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public int Documents => reader.NumDocs;

    /// <summary>
    /// Lucene's ranking of <paramref name="query"/>: every matching entry with its BM25 score, best first, equal
    /// scores by code (as ours). Filters are applied to the match, as ours.
    /// </summary>
    public IReadOnlyList<(string Code, float Score)> Search(string query, string? department, string? category)
    {
        var words = Words(query).Select(Tokens).Where(t => t.Count > 0).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var top = new BooleanQuery();
        foreach (var tokens in words)
        {
            top.Add(AllOf(tokens), Occur.MUST);
        }

        return Run(top, department, category);
    }

    /// <summary>
    /// The entries relevant to <paramref name="query"/> by the oracle's judgement (see <see cref="OracleRecall"/>):
    /// for every word of the query (folded: full-width, case, traditional → simplified), all Lucene tokens of the
    /// word, or of one of its expansions in the list set's synonym table, occur in the entry's fields.
    /// </summary>
    public IReadOnlySet<string> Relevant(string query, string? department, string? category, IReadOnlyList<Synonym> synonyms)
    {
        var table = synonyms.GroupBy(s => CharFolding.Fold(s.Term)).ToDictionary(g => g.Key, g => g.SelectMany(s => s.Expansions).ToList());
        var top = new BooleanQuery();
        var any = false;
        foreach (var word in Words(CharFolding.Fold(query)))
        {
            var alternatives = new List<string> { word };
            alternatives.AddRange(table.GetValueOrDefault(word, []).Select(CharFolding.Fold));
            var either = new BooleanQuery();
            foreach (var tokens in alternatives.Select(Tokens).Where(t => t.Count > 0))
            {
                either.Add(AllOf(tokens), Occur.SHOULD);
            }

            if (either.Clauses.Count == 0)
            {
                continue;
            }

            top.Add(either, Occur.MUST);
            any = true;
        }

        return any ? Run(top, department, category).Select(h => h.Code).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
    }

    /// <summary>The tokens <see cref="CJKAnalyzer"/> makes of <paramref name="text"/>.</summary>
    public List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(FieldNames[0], text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private static string[] Words(string query) => query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every token, each in any field, with the field's weight as boost.</summary>
    private static BooleanQuery AllOf(IEnumerable<string> tokens)
    {
        var all = new BooleanQuery();
        foreach (var token in tokens.Distinct(StringComparer.Ordinal))
        {
            var inAnyField = new BooleanQuery();
            for (var f = 0; f < FieldNames.Length; f++)
            {
                inAnyField.Add(new TermQuery(new Term(FieldNames[f], token)) { Boost = (float)IndexSettings.Weights[f] }, Occur.SHOULD);
            }

            all.Add(inAnyField, Occur.MUST);
        }

        return all;
    }

    private List<(string Code, float Score)> Run(Query query, string? department, string? category)
    {
        var hits = new List<(string Code, float Score)>();
        foreach (var hit in searcher.Search(query, Math.Max(1, reader.MaxDoc)).ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc);
            if ((department is null || doc.Get(DepartmentKey) == department) && (category is null || doc.Get(CategoryKey) == category))
            {
                hits.Add((doc.Get(CodeKey), hit.Score));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Code, StringComparer.Ordinal)];
    }
}
