namespace PowerList.Search.Indexing;

/// <summary>
/// Places posting blobs into packs <c>post/N</c> of about <see cref="IndexSettings.PackBytes"/> (uncompressed
/// binary), in the order they come, from their lengths alone: a blob of <see cref="IndexSettings.PackBytes"/> or more
/// gets a pack of its own; otherwise it goes into the current pack while that stays within the size (each blob
/// counting two bytes more), else into a new one. Each pack records its members and the blobs given with them
/// (a blob may be given later, <see cref="TermFiles"/>). Packs that can no longer grow are handed out by
/// <see cref="TakeCompleted"/>, so their blobs are not all held to the end.
/// </summary>
internal sealed class PackLayout
{
    private readonly List<Pack?> _packs = [];
    private int _firstOpen;
    private Pack? _current;
    private int _currentBytes;
    private int _currentIndex;

    /// <summary>Starts a new pack unless the current one has room for <paramref name="bytes"/> more (blobs that are fetched together).</summary>
    public void KeepTogether(int bytes)
    {
        if (_current is not null && _currentBytes + bytes > IndexSettings.PackBytes && bytes < IndexSettings.PackBytes)
        {
            _current = null;
        }
    }

    /// <summary>Places a blob of <paramref name="length"/> bytes; returns its pack and its position there.</summary>
    public (int Pack, int Index) Add(PackMember member, int length, byte[]? blob)
    {
        if (length >= IndexSettings.PackBytes)
        {
            var own = new Pack(_packs.Count);
            own.Add(member, blob);
            _packs.Add(own);
            return (own.Number, 0);
        }

        if (_current is null || _currentBytes + length > IndexSettings.PackBytes)
        {
            _current = new Pack(_packs.Count);
            _currentBytes = 0;
            _packs.Add(_current);
            _currentIndex = _current.Number;
        }

        _current.Add(member, blob);
        _currentBytes += length + 2;
        return (_currentIndex, _current.Members.Count - 1);
    }

    /// <summary>The packs, not handed out before, that no blob can be added to any more (all but the current one).</summary>
    public List<Pack> TakeCompleted()
    {
        var completed = new List<Pack>();
        for (var i = _firstOpen; i < _packs.Count; i++)
        {
            if (_packs[i] is { } pack && !(_current is not null && i == _currentIndex))
            {
                completed.Add(pack);
                _packs[i] = null;
            }
        }

        while (_firstOpen < _packs.Count && _packs[_firstOpen] is null)
        {
            _firstOpen++;
        }

        return completed;
    }

    /// <summary>Every pack not handed out yet.</summary>
    public List<Pack> Finish()
    {
        _current = null;
        return TakeCompleted();
    }

    /// <summary>One pack: its members in order and the blobs given for them (null: not given).</summary>
    internal sealed class Pack(int number)
    {
        public int Number { get; } = number;

        public List<PackMember> Members { get; } = [];

        public List<byte[]?> Blobs { get; } = [];

        public void Add(PackMember member, byte[]? blob)
        {
            Members.Add(member);
            Blobs.Add(blob);
        }

        /// <summary>Varint blob count, varint length of each blob, then the blobs (all given by now).</summary>
        public byte[] Bytes()
        {
            var bytes = new List<byte>(Blobs.Sum(b => b!.Length) + (2 * Blobs.Count) + 2);
            PostingCodec.AddVarint(bytes, (uint)Blobs.Count);
            foreach (var blob in Blobs)
            {
                PostingCodec.AddVarint(bytes, (uint)blob!.Length);
            }

            foreach (var blob in Blobs)
            {
                bytes.AddRange(blob!);
            }

            return bytes.ToArray();
        }
    }
}
