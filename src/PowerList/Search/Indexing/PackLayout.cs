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
    // The packs not handed out yet, in number order (the current one among them).
    private readonly List<Pack> _open = [];
    private int _count;
    private Pack? _current;
    private int _currentBytes;

    /// <summary>Where the layout stands (<see cref="LayoutState"/>).</summary>
    public LayoutState State => _current is null
        ? new LayoutState(_count, -1, 0, 0)
        : new LayoutState(_count, _current.Number, _currentBytes, _current.Members.Count);

    /// <summary>The pack still open, if any.</summary>
    public Pack? Open => _current;

    /// <summary>
    /// Continues a layout that stood at <paramref name="state"/> with every pack but the open one handed out: the open
    /// pack holds <paramref name="openMembers"/> (blobs not given). The same blobs are then placed as they were.
    /// </summary>
    public void Resume(LayoutState state, ReadOnlySpan<PackMember> openMembers)
    {
        _open.Clear();
        _count = state.Packs;
        _current = null;
        _currentBytes = 0;
        if (state.Open >= 0)
        {
            _current = new Pack(state.Open);
            foreach (var member in openMembers)
            {
                _current.Add(member, null);
            }

            _currentBytes = state.OpenBytes;
            _open.Add(_current);
        }
    }

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
            var own = new Pack(_count++);
            own.Add(member, blob);
            _open.Add(own);
            return (own.Number, 0);
        }

        if (_current is null || _currentBytes + length > IndexSettings.PackBytes)
        {
            _current = new Pack(_count++);
            _currentBytes = 0;
            _open.Add(_current);
        }

        _current.Add(member, blob);
        _currentBytes += length + 2;
        return (_current.Number, _current.Members.Count - 1);
    }

    /// <summary>The packs, not handed out before, that no blob can be added to any more (all but the current one), in number order.</summary>
    public List<Pack> TakeCompleted()
    {
        var completed = new List<Pack>(_open.Count);
        var kept = 0;
        foreach (var pack in _open)
        {
            if (ReferenceEquals(pack, _current))
            {
                kept++;
            }
            else
            {
                completed.Add(pack);
            }
        }

        _open.Clear();
        if (kept > 0)
        {
            _open.Add(_current!);
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
            // Written into one array of the exact size (a list of bytes and its copy would be two large objects for a big blob).
            var length = (long)Varint.Length((uint)Blobs.Count);
            foreach (var blob in Blobs)
            {
                length += Varint.Length((uint)blob!.Length) + blob.Length;
            }

            var bytes = new byte[length];
            var at = (long)Varint.Write(bytes, 0, (uint)Blobs.Count);
            foreach (var blob in Blobs)
            {
                at += Varint.Write(bytes, at, (uint)blob!.Length);
            }

            foreach (var blob in Blobs)
            {
                blob!.CopyTo(bytes, at);
                at += blob.Length;
            }

            return bytes;
        }
    }
}
