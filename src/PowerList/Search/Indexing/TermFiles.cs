using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>
/// The dictionary shards <c>dict/N</c> and posting packs <c>post/N</c> of the index (uncompressed, with
/// <see cref="IndexFileCodec.Compress"/>). Each term's blobs are encoded in parallel, a window of shards at a time
/// (that part does not depend on where a blob goes); then, in term order, the blobs are placed in packs
/// (<see cref="PackLayout"/>) and the shard written, so the bytes are those of a sequential writer.
/// <para>
/// With a <see cref="TermFilesMemory"/> of the previous build and the terms whose postings changed since then
/// (<c>serve</c> after an edit, <see cref="IndexPatcher"/>), only the changed terms are encoded, and only the shards
/// holding one are grouped again: the others' terms are the remembered ones, placed from their remembered
/// <see cref="TermShape"/>. A shard or pack whose inputs are the same is handed out with its previous key (its bytes
/// made only if the previous file cannot be reused). When the session keeps files in bulk (<c>keep</c>), a shard
/// without a changed term that the layout reaches in the state it reached it before (<see cref="LayoutState"/>, the
/// open pack holding the same blobs) is not placed at all: it and the packs it completed are handed out as kept
/// (<see cref="DeferredOutput.Kept"/>), up to the next shard with a changed term, where the layout resumes from the
/// remembered state. Same bytes every way.
/// </para>
/// </summary>
internal sealed partial class TermFiles
{
    /// <summary>Dictionary shards whose terms' blobs are encoded at once, in parallel.</summary>
    private const int ShardWindow = 32;

    private readonly string _folder;
    private readonly InvertedIndex _index;
    private readonly int _dictShards;
    private readonly int _common;
    private readonly TermFilesMemory? _memory;
    private readonly TermFilesMemory? _previous;
    private readonly HashSet<string>? _changed;
    private readonly bool _keep;
    private readonly PackLayout _layout = new();
    private readonly Dictionary<string, TermShape>? _shapes;
    private readonly DictShardRecord[]? _shards;
    private readonly List<PackRecord?>? _packs;

    private TermFiles(string folder, InvertedIndex index, int dictShards, TermFilesMemory? memory, IReadOnlySet<string>? changed, bool keep)
    {
        (_folder, _index, _dictShards, _memory) = (folder, index, dictShards, memory);
        _common = IndexSettings.CommonThreshold(index.Documents);
        // A new shard count is no reason to start again: the shards that split or merged are regrouped (Warm).
        _previous = memory is not null && changed is not null && memory.Documents == index.Documents && memory.DictShards > 0
            && memory.Shards.Length == memory.DictShards
            ? memory
            : null;

        // A common word stored with its first token changes with any of its tokens' postings.
        _changed = changed is null ? null : CommonWords.Touched(changed);
        _keep = keep && _previous is not null;
        // A warm build updates the previous shapes in place (only changed terms are encoded, so only theirs can differ).
        _shapes = memory is null ? null : _previous?.Shapes ?? new Dictionary<string, TermShape>(index.TermCount, StringComparer.Ordinal);
        _shards = memory is null ? null : new DictShardRecord[dictShards];
        _packs = memory is null ? null : new List<PackRecord?>(_previous?.Packs.Count ?? 0);
    }

    /// <param name="memory">Remembers this build for the next (and holds the previous one), or null.</param>
    /// <param name="changed">The terms whose postings may differ from the previous build's; null: all of them.</param>
    /// <param name="keep">Whether files known to be the previous build's may be handed out as kept (<see cref="DeferredOutput.Kept"/>).</param>
    public static IEnumerable<DeferredOutput> Write(
        string folder, InvertedIndex index, int dictShards, TermFilesMemory? memory, IReadOnlySet<string>? changed, bool keep = false)
    {
        var writer = new TermFiles(folder, index, dictShards, memory, changed, keep);
        return writer._previous is null ? writer.Cold() : writer.Warm();
    }

    /// <summary>Every term encoded, a window of shards at a time.</summary>
    private IEnumerable<DeferredOutput> Cold()
    {
        var shards = Runs();

        for (var first = 0; first < shards.Count; first += ShardWindow)
        {
            var window = shards.GetRange(first, Math.Min(ShardWindow, shards.Count - first));
            var terms = window.SelectMany(s => s.Terms).ToArray();
            var encoded = new EncodedTerm?[terms.Length];
            Parallel.For(0, terms.Length, i => encoded[i] = Encode(terms[i]));
            var next = 0;
            foreach (var (shard, shardTerms) in window)
            {
                var names = new string[shardTerms.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = _index.Terms[shardTerms[i]];
                }

                var at = next;
                foreach (var file in Place(shard, names, null, i => encoded[at + i]!))
                {
                    yield return file;
                }

                Array.Clear(encoded, at, shardTerms.Length);
                next += shardTerms.Length;
            }
        }

        foreach (var file in Finish())
        {
            yield return file;
        }

        Remember(_layout.State.Packs);
    }

    /// <summary>
    /// The shards' terms (ids), in the split order (<see cref="SplitOrder"/>): each shard is one run of it, the runs in
    /// the order of their shards' <see cref="Fnv.SplitKey(uint)"/>.
    /// </summary>
    private List<(int Shard, int[] Terms)> Runs()
    {
        // Ids are in ordinal order, so (split key, id) sorts by split key, then ordinal.
        var order = new ulong[_index.TermCount];
        for (var t = 0; t < order.Length; t++)
        {
            order[t] = ((ulong)Fnv.SplitKey(_index.Terms[t]) << 32) | (uint)t;
        }

        Array.Sort(order);
        var runs = new List<(int Shard, int[] Terms)>(_dictShards);
        var start = 0;
        while (start < order.Length)
        {
            var shard = Fnv.ShardOf(Fnv.SplitKey((uint)(order[start] >> 32)), _dictShards);
            var end = start + 1;
            while (end < order.Length && Fnv.ShardOf(Fnv.SplitKey((uint)(order[end] >> 32)), _dictShards) == shard)
            {
                end++;
            }

            var terms = new int[end - start];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = (int)(uint)order[start + i];
            }

            runs.Add((shard, terms));
            start = end;
        }

        return runs;
    }

    /// <summary>The packs still open.</summary>
    private IEnumerable<DeferredOutput> Finish() => _layout.Finish().Select(Output);

    /// <summary>What this build remembers for the next: its shapes, shards and <paramref name="packs"/> packs.</summary>
    private void Remember(int packs)
    {
        if (_memory is null)
        {
            return;
        }

        _packs!.RemoveRange(packs, _packs.Count - packs);
        _memory.Documents = _index.Documents;
        _memory.DictShards = _dictShards;
        _memory.Shapes = _shapes!;
        _memory.Packs = _packs;
        _memory.Shards = _shards!;
    }

    /// <summary>
    /// Places the blobs of one shard's terms (<paramref name="encodedAt"/>: the term's encoding when made now, else its
    /// remembered shape is used); returns the shard's file and the packs completed meanwhile.
    /// </summary>
    private List<DeferredOutput> Place(int shard, string[] terms, DictShardRecord? before, Func<int, EncodedTerm?> encodedAt)
    {
        var entries = new (TermShape Shape, (int Pack, int Index)[] Refs)[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            var encoded = encodedAt(i);
            TermShape shape;
            if (encoded is null && _shapes is not null && _previous is not null && _shapes.TryGetValue(term, out var known))
            {
                shape = known;
            }
            else
            {
                encoded ??= Encode(_index.IdOf(term));
                shape = encoded.Shape();
                if (_shapes is not null)
                {
                    _shapes[term] = shape;
                }
            }

            entries[i] = (shape, Place(_layout, term, shape, encoded));
        }

        var files = new List<DeferredOutput>(4) { Shard(shard, terms, entries, before) };
        foreach (var pack in _layout.TakeCompleted())
        {
            files.Add(Output(pack));
        }

        return files;
    }

    // The thread's decoding list, reused from term to term and from build to build (clean and warm): a common term's
    // list is a large object, and one per term or per worker would spend the large object heap's budget.
    [ThreadStatic]
    private static List<(int Doc, int Impact)>? decoded;

    /// <summary>Term <paramref name="term"/>'s blobs, with its stored common words when it is common.</summary>
    private EncodedTerm Encode(int term)
    {
        var postings = decoded ??= [];
        var result = EncodedTerm.Encode(_index.PostingList(term, postings), _index.Documents, _common, CommonWords.Of(_index, term, _common));
        postings.Clear();
        return result;
    }
}
