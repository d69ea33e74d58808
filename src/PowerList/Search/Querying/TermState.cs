using System.Text.Json;
using PowerList.Search.Indexing;

namespace PowerList.Search.Querying;

/// <summary>
/// What the engine knows of one query term: its documents (membership) and the impacts fetched so far. A common
/// term's impacts arrive tier by tier, highest first; an unknown impact lies in [<see cref="Min"/>, <see cref="RemainingMax"/>], and at most <see cref="RemainingNameMax"/> if the term is in the document's name.
/// </summary>
internal sealed class TermState
{
    private readonly List<(int Pack, int Index, int Max, int NameMax)> tiers = [];
    private readonly Dictionary<string, (int Pack, int Index, bool Bitmap)> words = new(StringComparer.Ordinal);
    private readonly IndexFiles files;
    private (int Pack, int Index)? bitmap;
    private bool[] members;
    private int next;

    public TermState(string term, JsonElement? entry, IndexFiles files, int documents)
    {
        Term = term;
        this.files = files;
        members = new bool[documents];
        if (entry is not { } e)
        {
            return;
        }

        if (e.TryGetProperty("p", out var inline))
        {
            AddKnown(PostingCodec.Decode(Convert.FromBase64String(inline.GetString()!)), true);
        }
        else if (e.TryGetProperty("r", out var reference))
        {
            AddKnown(PostingCodec.Decode(Blob(files, reference)), true);
        }
        else
        {
            // The membership bitmap is fetched on first use: a word stored whole (CommonWords) may make it unneeded.
            var b = e.GetProperty("b");
            bitmap = (b[0].GetInt32(), b[1].GetInt32());
            Count = e.GetProperty("c").GetInt32();
            if (e.TryGetProperty("w", out var stored))
            {
                foreach (var word in stored.EnumerateObject())
                {
                    words[word.Name] = (word.Value[0].GetInt32(), word.Value[1].GetInt32(), word.Value[2].GetInt32() == 1);
                }
            }

            IsCommon = true;
            Min = e.GetProperty("n").GetInt32();
            OtherMax = e.GetProperty("o").GetInt32();
            foreach (var tier in e.GetProperty("t").EnumerateArray())
            {
                tiers.Add((tier[0].GetInt32(), tier[1].GetInt32(), tier[2].GetInt32(), tier[3].GetInt32()));
            }
        }
    }

    public string Term { get; }

    /// <summary>The documents holding the term (a common term's bitmap is fetched here, on first use), or those of a stored word holding it (<see cref="Restrict"/>).</summary>
    public bool[] Members
    {
        get
        {
            if (bitmap is { } b)
            {
                bitmap = null;
                foreach (var doc in PostingCodec.DecodeBitmap(files.Blob(b.Pack, b.Index)))
                {
                    members[doc] = true;
                }
            }

            return members;
        }
    }

    /// <summary>Whether the membership is known (fetched, or set by <see cref="Restrict"/>).</summary>
    public bool Loaded => bitmap is null;

    /// <summary>The stored common word (<see cref="Indexing.CommonWords"/>) made of this term then <paramref name="rest"/> (tokens joined by a space), if any.</summary>
    public (int Pack, int Index, bool Bitmap)? Word(string rest) => words.TryGetValue(rest, out var w) ? w : null;

    /// <summary>
    /// The documents of a stored word holding this term stand for its membership, its bitmap not fetched: right when
    /// every alternative of the query using this term is that word's (<see cref="SearchEngine"/>).
    /// </summary>
    public void Restrict(bool[] word)
    {
        bitmap = null;
        members = word;
    }

    public int Count { get; private set; }

    public Dictionary<int, int> Known { get; } = [];

    public int Min { get; private set; }

    /// <summary>A common term: membership bitmap and impact tiers.</summary>
    public bool IsCommon { get; }

    /// <summary>A common term's largest impact outside a name: the bound for the documents in <see cref="NotInName"/>.</summary>
    public int OtherMax { get; private set; }

    /// <summary>Documents holding the term, whose document-store row was read and does not have the term in its name.</summary>
    public HashSet<int> NotInName { get; } = [];

    /// <summary>
    /// In this query (two or more words), the term is <see cref="IndexSettings.Flat"/>: an impact outside the name
    /// counts as <see cref="Min"/>, so only its name postings are ever fetched.
    /// </summary>
    public bool Flat { get; set; }

    /// <summary>A flat term's impact in <paramref name="doc"/>, not fetched, is known to be <see cref="Min"/>: not in its name.</summary>
    public bool Settled(int doc) => Flat && (RemainingNameMax == 0 || NotInName.Contains(doc));

    /// <summary>What a fetched impact counts for: <see cref="Min"/> for a flat term outside the name, else the impact.</summary>
    public int Value(int stored) => Flat && (stored & 1) == 0 ? Min : stored >> 1;

    /// <summary>The upper bound of this term's impact in <paramref name="doc"/>, not yet known.</summary>
    public int UpperOf(int doc) =>
        Flat ? (Settled(doc) ? Min : Math.Max(Min, RemainingNameMax))
        : NotInName.Contains(doc) ? Math.Min(RemainingMax, OtherMax) : RemainingMax;

    public bool HasMoreTiers => next < tiers.Count;

    public int RemainingMax => next < tiers.Count ? tiers[next].Max : 0;

    /// <summary>The largest impact in a name of the tiers not fetched (0: none, so a document whose impact is unknown does not hold the term in its name).</summary>
    public int RemainingNameMax => next < tiers.Count ? tiers[next].NameMax : 0;

    public void FetchNextTier(IndexFiles files)
    {
        var (pack, index, _, _) = tiers[next++];
        AddKnown(PostingCodec.Decode(files.Blob(pack, index)), false);
    }

    private void AddKnown(List<(int Doc, int Impact)> postings, bool members)
    {
        foreach (var (doc, impact) in postings)
        {
            Known[doc] = impact;
            if (members)
            {
                this.members[doc] = true;
                Count++;
            }
        }
    }

    private static ReadOnlySpan<byte> Blob(IndexFiles files, JsonElement reference) =>
        files.Blob(reference[0].GetInt32(), reference[1].GetInt32());
}
