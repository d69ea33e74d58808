using PowerList.Building;

namespace PowerList.Search.Indexing;

/// <summary>The files: a dictionary shard or posting pack handed out with the previous build's key when its inputs are the same, else made now.</summary>
internal sealed partial class TermFiles
{
    /// <summary>
    /// A dictionary shard as a file: with the previous build's key (<paramref name="before"/>: the previous build's
    /// shard of the same hashes, if any) when it has the same terms, none of them changed, with the same pack references (its bytes made only if needed, or kept), else made now.
    /// </summary>
    private DeferredOutput Shard(int shard, string[] terms, (TermShape Shape, (int Pack, int Index)[] Refs)[] entries, DictShardRecord? before)
    {
        byte[] Bytes() => JsonOut.Write(w =>
        {
            w.WriteStartObject();
            for (var i = 0; i < terms.Length; i++)
            {
                w.WritePropertyName(terms[i]);
                DictShardJson.WriteEntry(w, entries[i].Shape, entries[i].Refs);
            }

            w.WriteEndObject();
        });

        var path = before?.Path ?? $"{_folder}dict/{shard}{IndexFileCodec.Extension}";
        if (_shards is null)
        {
            return new DeferredOutput(path, Bytes(), IndexFileCodec.Compress);
        }

        var flat = new int[entries.Sum(e => e.Refs.Length) * 2];
        var at = 0;
        foreach (var (_, refs) in entries)
        {
            foreach (var (pack, index) in refs)
            {
                flat[at++] = pack;
                flat[at++] = index;
            }
        }

        var output = before is not null && _changed is not null
            && before.Terms.AsSpan().SequenceEqual(terms) && before.Refs.AsSpan().SequenceEqual(flat) && !terms.Any(_changed.Contains)
            ? Reused(path, before.Key, Bytes, IndexFileCodec.Compress)
            : new DeferredOutput(path, Bytes(), IndexFileCodec.Compress);
        _shards[shard] = new DictShardRecord(path, before is not null && before.Terms.AsSpan().SequenceEqual(terms) ? before.Terms : terms, flat, output.SourceKey, _layout.State);
        return output;
    }

    /// <summary>A file known to be the previous build's: kept when the session keeps such files, else with its key (made only if needed).</summary>
    private DeferredOutput Reused(string path, UInt128 key, Func<byte[]> make, Func<byte[], byte[]> compress) =>
        _keep ? DeferredOutput.Kept(path, key) : new DeferredOutput(path, key, make, compress);

    /// <summary>Places the term's blobs (none when inline); returns their pack references.</summary>
    private static (int Pack, int Index)[] Place(PackLayout layout, string term, TermShape shape, EncodedTerm? encoded)
    {
        if (shape.Inline is not null)
        {
            return [];
        }

        if (shape.IsCommon)
        {
            // The bitmap and the first tier are read together: one file when they fit.
            layout.KeepTogether(shape.Lengths[0] + shape.Lengths[1] + 4);
        }

        var refs = new (int Pack, int Index)[shape.Lengths.Length];
        for (var b = 0; b < refs.Length; b++)
        {
            refs[b] = layout.Add(new PackMember(term, b), shape.Lengths[b], encoded?.Blob(b));
        }

        return refs;
    }

    /// <summary>
    /// A pack as a file: with the previous build's key when it holds the same blobs as the previous pack of its
    /// number and none of them was encoded again (its bytes made only if needed, or kept), else made now. Blobs not in
    /// hand (unchanged terms) are encoded again from the index.
    /// </summary>
    private DeferredOutput Output(PackLayout.Pack pack)
    {
        var before = _previous is not null && pack.Number < _previous.Packs.Count ? _previous.Packs[pack.Number] : null;
        var path = before?.Path ?? $"{_folder}post/{pack.Number}{IndexFileCodec.BinaryExtension}";
        var members = pack.Members.ToArray();
        DeferredOutput output;
        if (before is not null && pack.Blobs.All(b => b is null) && before.Members.AsSpan().SequenceEqual(members))
        {
            output = Reused(path, before.Key, () => Fill(pack).Bytes(), IndexFileCodec.CompressBinary);
            members = before.Members;
        }
        else
        {
            var bytes = Fill(pack).Bytes();
            output = new DeferredOutput(path, bytes, IndexFileCodec.CompressBinary, _packs is null ? null : ContentKey.Of("source", bytes));
        }

        if (_packs is not null)
        {
            SetPack(pack.Number, new PackRecord(path, members, output.SourceKey));
        }

        return output;
    }

    private void SetPack(int number, PackRecord record)
    {
        while (_packs!.Count <= number)
        {
            _packs.Add(null);
        }

        _packs[number] = record;
    }

    /// <summary>Encodes again the blobs of <paramref name="pack"/> not given with it.</summary>
    private PackLayout.Pack Fill(PackLayout.Pack pack)
    {
        // A common term's bitmap and first tier are usually in the same pack: encoded once for both.
        (string Term, EncodedTerm Encoded)? last = null;
        for (var i = 0; i < pack.Blobs.Count; i++)
        {
            if (pack.Blobs[i] is null)
            {
                var member = pack.Members[i];
                if (last?.Term != member.Term)
                {
                    last = (member.Term, Encode(_index.IdOf(member.Term)));
                }

                pack.Blobs[i] = last.Value.Encoded.Blob(member.Blob);
            }
        }

        return pack;
    }
}
