namespace PowerList.Search.Indexing;

/// <summary>Constants of the index format and ranking, written to <c>meta.json</c> where the query engines need them.</summary>
public static class IndexSettings
{
    public const int FormatVersion = 9;

    /// <summary>BM25 weight of each <see cref="SearchField"/>, by its number.</summary>
    public static IReadOnlyList<double> Weights { get; } = [10, 8, 10, 4, 3, 1];

    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>
    /// BM25 length normalisation of each <see cref="SearchField"/>, by its number: <see cref="B"/>, but full (1) for the
    /// name, so that of two names holding the query the shorter, more general one (营业执照核发 before 对无营业执照……使用童工的处罚) ranks first.
    /// </summary>
    public static IReadOnlyList<double> FieldB { get; } = [NameB, B, B, B, B, B];

    public const double NameB = 1.0;

    /// <summary>Long texts of one entry are indexed up to this many characters.</summary>
    public const int MaxTextChars = 3000;

    /// <summary>Snippet source kept in the document store: characters of each segment (子项, each 依据).</summary>
    public const int SnippetChars = 80;

    /// <summary>The document store keeps a snippet segment for this many of an entry's bases at most.</summary>
    public const int SnippetBases = 4;

    /// <summary>Characters of a segment shown as a result's snippet, around the first matched word (search.js SNIPPET_WINDOW).</summary>
    public const int SnippetWindow = 60;

    /// <summary>
    /// Department names per file <c>departments/N.json</c>: one, since a result list fetches the files of its
    /// departments (at 100,000 entries, 10 results of 10 departments: 10 files of about 80 bytes, not 10 of 320 with 16
    /// a file; format 7).
    /// </summary>
    public const int DepartmentsPerShard = 1;

    /// <summary>
    /// The traditional → simplified table ships in files <c>t2s/N</c> of the code points whose value &gt;&gt; this is N
    /// (128 code points a file: a query fetches the files of its characters, at 100,000 entries 食品许可 about 0.4 KB,
    /// not 0.7 KB with 256; format 7); <c>meta.json</c> lists the files as ranges of N.
    /// </summary>
    public const int T2sShift = 7;

    /// <summary>Facet lists show at most this many departments (the most frequent first).</summary>
    public const int TopDepartments = 30;

    /// <summary>
    /// Impacts are integers 1..<see cref="MaxImpact"/>, stored as <c>impact·2 + nameFlag</c> (a varint): the low bit
    /// marks a term that occurs in the entry's name. <see cref="ImpactScale"/> is the impact of a unique term in a name of average length.
    /// </summary>
    public const int MaxImpact = 8191;
    public const int ImpactScale = 1000;

    /// <summary>Added when every query word occurs in the name (all its bigrams), and for an exact entry code.</summary>
    public const int PhraseBoost = 60;
    public const int CodeBoost = 1_000_000;

    /// <summary>Terms with up to this many postings are stored inside their dictionary shard.</summary>
    public const int InlinePostings = 4;

    /// <summary>
    /// Terms per dictionary shard, on average over the shards (⌈terms / this⌉ shards). Under linear hashing
    /// (<see cref="Fnv.Shard"/>) the shard a query's term falls in holds more than that: the shards of the split level
    /// hold half the hash space of the others, so the term-weighted mean is up to ⅛ above it. 57 (was 64 until session
    /// 32) brings what a query reads back to what 64 under <c>hash mod count</c> gave: measured at 100,000 entries
    /// (44,103 terms), 65.2 terms and 856 bytes a looked-up term's shard, against 72.2 and 937 with 64
    /// (docs/performance.md, "s32-tail").
    /// </summary>
    public const int TermsPerDictShard = 57;

    /// <summary>Codes in one code shard, on average.</summary>
    public const int CodesPerShard = 64;

    /// <summary>
    /// Documents per file <c>docs/N.json</c>: the top 10 results seldom share a file, so each is nearly one fetch; at
    /// 100,000 entries 2 a file cost about 0.7 KB a result (8 a file: 2 KB).
    /// </summary>
    public const int DocsPerShard = 2;

    /// <summary>Posting blobs are packed into files of about this many bytes (uncompressed binary); bigger blobs get a file of their own.</summary>
    public const int PackBytes = 3072;

    /// <summary>Size of the first impact tier of a common term; each next tier is <see cref="TierGrowth"/> times bigger.</summary>
    public const int FirstTier = 128;

    /// <summary>
    /// When at most this many documents of an unsettled order have an impact not known, the engine reads their
    /// document-store rows (the impacts of the common terms in their names) instead of the next impact tiers.
    /// </summary>
    public const int RowReads = 16;

    /// <summary>
    /// A document-store row lists the impacts of the terms in its name that are in more than max(common, N /
    /// <see cref="RowTermDivisor"/>) documents (<see cref="NameImpacts"/>): the very common terms, whose deep tiers a
    /// query would otherwise fetch; fewer terms keep the rows small.
    /// </summary>
    public const int RowTermDivisor = 8;

    public static int RowTermThreshold(int documents) => Math.Max(CommonThreshold(documents), documents / RowTermDivisor);
    public const int TierGrowth = 2;

    /// <summary>A term is "common" (bitmap membership plus lazily fetched impact tiers) above max(this, N / <see cref="CommonDivisor"/>) postings.</summary>
    public const int CommonMin = 256;
    public const int CommonDivisor = 20;

    public static int CommonThreshold(int documents) => Math.Max(CommonMin, documents / CommonDivisor);

    /// <summary>
    /// In a query of two or more words, a common term in more than N / <see cref="FlatDivisor"/> documents is
    /// <i>flat</i>: where it is not in the entry's name it counts its least impact (the dictionary's <c>n</c>), so that
    /// the query needs its name postings only, not every low tier (docs/search.md "Flat words in multi-word queries").
    /// A word asked alone keeps its exact impacts.
    /// </summary>
    public const int FlatDivisor = 2;

    /// <summary>Whether a term in <paramref name="count"/> of <paramref name="documents"/> documents is flat in a query of two or more words (<see cref="FlatDivisor"/>).</summary>
    public static bool Flat(int count, int documents) => count > CommonThreshold(documents) && (long)count * FlatDivisor > documents;
}
