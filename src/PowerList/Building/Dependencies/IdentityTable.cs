namespace PowerList.Building.Dependencies;

/// <summary>
/// An <see cref="IncrementalSession"/>'s identity table. It holds the previous manifest's identities with the hashes
/// they had then, each compared with its hash now at most once per build (<see cref="Unchanged(int[])"/>), and the
/// table this build records its outputs' reads in (<see cref="Reads"/>; written to the manifest in canonical order,
/// <see cref="CanonicalTable"/>). A trusted warm build starts that table as the previous one (<see cref="Seeded"/>).
/// </summary>
internal sealed class IdentityTable
{
    private readonly IReadOnlyList<Identity> _previousIdentities;
    private readonly IReadOnlyList<UInt128> _previousHashes;
    private readonly byte[] _previousState;
    private readonly int[] _previousToNext;
    private readonly Dictionary<Identity, int> _identities;
    private readonly List<Identity> _identityList;
    private readonly List<UInt128> _identityHashes;
    private readonly Dictionary<string, UInt128> _contributors = new(StringComparer.Ordinal);
    private int _seeded;
    private IIdentityHashes? _hashes;

    /// <summary>A table whose previous one is <paramref name="previousIdentities"/> with <paramref name="previousHashes"/> (both empty without a previous manifest).</summary>
    /// <param name="spareIdentities">A list no one reads any more, filled instead of a new one (<see cref="WarmSite.TakeSpares"/>), if any; likewise <paramref name="spareHashes"/>.</param>
    public IdentityTable(
        IReadOnlyList<Identity> previousIdentities,
        IReadOnlyList<UInt128> previousHashes,
        Dictionary<Identity, int>? lookup = null,
        List<Identity>? spareIdentities = null,
        List<UInt128>? spareHashes = null)
    {
        (_previousIdentities, _previousHashes) = (previousIdentities, previousHashes);
        (_previousState, _previousToNext) = Tables(_previousIdentities.Count);
        _identities = lookup ?? new();
        _identityList = IncrementalSession.Refill(spareIdentities, previousIdentities.Count);
        _identityHashes = IncrementalSession.Refill(spareHashes, previousIdentities.Count);
    }

    /// <summary>A trusted warm build's table, started as the previous one (<see cref="Seed"/>); <paramref name="lookup"/>: its positions, if handed on; the spares: lists to fill (see the constructor).</summary>
    public static IdentityTable Seeded(
        IReadOnlyList<Identity> previousIdentities,
        IReadOnlyList<UInt128> previousHashes,
        Dictionary<Identity, int>? lookup,
        List<Identity>? spareIdentities = null,
        List<UInt128>? spareHashes = null)
    {
        var table = new IdentityTable(previousIdentities, previousHashes, lookup, spareIdentities, spareHashes);
        table.Seed(lookup is not null);
        return table;
    }

    /// <summary>The hashes identities have now (the last contributor's given, see <see cref="IncrementalSession.Resolve(ISiteContributor, Model.ListSet, int?)"/>).</summary>
    public IIdentityHashes? Hashes
    {
        get => _hashes;
        set => _hashes = value;
    }

    /// <summary>This build's identities, in the order first met (a warm build's start with the previous table's).</summary>
    public List<Identity> List => _identityList;

    /// <summary>The hash of each of <see cref="List"/>.</summary>
    public List<UInt128> HashList => _identityHashes;

    /// <summary>The position of each of <see cref="List"/> (handed on with it by a warm build, <see cref="WarmSite"/>).</summary>
    public Dictionary<Identity, int> Lookup => _identities;

    /// <summary>The key of contributor <paramref name="name"/>'s fingerprint in this build (<see cref="IdentityKind.Contributor"/>).</summary>
    public void SetContributor(string name, UInt128 key) => _contributors[name] = key;

    /// <summary>Whether every identity at <paramref name="reads"/> of the previous table hashes now as it did then (each compared once per build).</summary>
    public bool Unchanged(int[] reads)
    {
        foreach (var i in reads)
        {
            if (!Unchanged(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether identity <paramref name="i"/> of the previous table hashes now as it did then (compared once per build).
    /// With <paramref name="changed"/> (<see cref="IIdentityHashes.ChangedSince"/> of the data the previous build's
    /// hashes came from), an identity it says did not change is taken as unchanged without being hashed. Given only
    /// for identities some output of the previous manifest read: their recorded hash is the one that data gave
    /// (kept or rendered, every read identity's hash was checked or recorded), so "no change since that data" is
    /// "same hash as recorded". An identity nothing read may hold an older hash and is always hashed.
    /// </summary>
    public bool Unchanged(int i, Func<Identity, bool>? changed = null)
    {
        var state = Volatile.Read(ref _previousState[i]);
        if (state == 0)
        {
            var identity = _previousIdentities[i];
            state = identity.Kind != IdentityKind.Contributor && changed is not null && !changed(identity)
                ? (byte)1
                : Current(identity) == _previousHashes[i] ? (byte)1 : (byte)2;
            Volatile.Write(ref _previousState[i], state);
        }

        return state == 1;
    }

    /// <summary>
    /// A trusted warm build starts its identity table as the previous one (same positions, so every carried read set
    /// stays as it is): kept outputs are then carried over without renumbering. An identity found changed gets its
    /// current hash when an output rendered now records it (<see cref="Reads"/>).
    /// </summary>
    /// <param name="looked">Whether <see cref="_identities"/> already holds the previous table's positions (handed on by <see cref="WarmSite"/>).</param>
    private void Seed(bool looked)
    {
        _seeded = _previousIdentities.Count;
        _identityList.AddRange(_previousIdentities);
        _identityHashes.AddRange(_previousHashes);
        if (!looked)
        {
            _identities.EnsureCapacity(_seeded);
            for (var i = 0; i < _seeded; i++)
            {
                _identities.Add(_previousIdentities[i], i);
            }
        }

        for (var i = 0; i < _seeded; i++)
        {
            _previousToNext[i] = i;
        }
    }

    /// <summary>The hash <paramref name="identity"/> has in this build.</summary>
    private UInt128 Current(Identity identity) => identity.Kind == IdentityKind.Contributor
        ? _contributors.GetValueOrDefault(identity.Key)
        : _hashes?.Of(identity) ?? 0;

    /// <summary>What a recorded output read, as ascending indices into this build's identity table (null for other outputs).</summary>
    public int[]? Reads(ResolvedOutput output)
    {
        if (output.Carried is { } carried)
        {
            // The usual warm rebuild keeps the table's order: the previous array is then kept as it is.
            int[]? reads = null;
            for (var i = 0; i < carried.Length; i++)
            {
                var next = _previousToNext[carried[i]];
                if (next < 0)
                {
                    next = _previousToNext[carried[i]] = Index(_previousIdentities[carried[i]], _previousHashes[carried[i]]);
                }

                if (reads is null && next != carried[i])
                {
                    reads = carried[..i];
                    Array.Resize(ref reads, carried.Length);
                }

                if (reads is not null)
                {
                    reads[i] = next;
                }
            }

            if (reads is null)
            {
                return carried;
            }

            Array.Sort(reads);
            return reads;
        }

        if (output.Recorded is not { } recorded)
        {
            return null;
        }

        var read = recorded.Read;
        var indices = new int[read.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            if (_identities.TryGetValue(read[i], out var known))
            {
                indices[i] = known;
                if (known < _seeded && !Unchanged(known))
                {
                    _identityHashes[known] = Current(read[i]); // seeded with the previous hash (Seed)
                }
            }
            else
            {
                indices[i] = Index(read[i], Current(read[i]));
            }
        }

        Array.Sort(indices);
        var unique = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            if (i == 0 || indices[i] != indices[unique - 1])
            {
                indices[unique++] = indices[i];
            }
        }

        return unique == indices.Length ? indices : indices[..unique];
    }

    /// <summary>The index of <paramref name="identity"/> in this build's table, added with <paramref name="hash"/> if new.</summary>
    private int Index(Identity identity, UInt128 hash)
    {
        if (!_identities.TryGetValue(identity, out var index))
        {
            index = _identityList.Count;
            _identities.Add(identity, index);
            _identityList.Add(identity);
            _identityHashes.Add(hash);
        }

        return index;
    }

    private static (byte[] State, int[] ToNext) Tables(int count)
    {
        var toNext = new int[count];
        Array.Fill(toNext, -1);
        return (new byte[count], toNext);
    }
}
