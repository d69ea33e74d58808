namespace PowerList.Building.Dependencies;

/// <summary>
/// The identity table of a manifest in one canonical form: only the identities some file reads, ordered by kind then
/// key, and every file's reads renumbered (ascending). A warm build keeps its table in the order identities were first
/// met, which depends on the builds before it; the manifest written to the site must not, so that a rebuild and a
/// fresh build of the same lists write the same bytes.
/// </summary>
public static class CanonicalTable
{
    /// <summary>Files renumbered by one worker at a time.</summary>
    private const int RenumberBlock = 4096;

    public static (Identity[] Identities, UInt128[] Hashes, List<KeyValuePair<string, ManifestItem>> Files) Of(
        IReadOnlyList<Identity> identities, IReadOnlyList<UInt128> hashes, IReadOnlyList<KeyValuePair<string, ManifestItem>> files)
    {
        var used = new bool[identities.Count];
        foreach (var (_, item) in files)
        {
            foreach (var i in item.Reads ?? [])
            {
                used[i] = true;
            }
        }

        var order = Enumerable.Range(0, identities.Count).Where(i => used[i]).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byKind = identities[a].Kind.CompareTo(identities[b].Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(identities[a].Key, identities[b].Key);
        });

        var renumbered = new int[identities.Count];
        var table = new Identity[order.Length];
        var tableHashes = new UInt128[order.Length];
        for (var n = 0; n < order.Length; n++)
        {
            renumbered[order[n]] = n;
            table[n] = identities[order[n]];
            tableHashes[n] = hashes[order[n]];
        }

        // Each file's reads are renumbered and sorted on its own: in parallel, into its place in the list.
        var result = new List<KeyValuePair<string, ManifestItem>>(files.Count);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(result, files.Count);
        Parallel.For(0, (files.Count + RenumberBlock - 1) / RenumberBlock, block =>
        {
            var into = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result);
            var end = Math.Min(files.Count, (block + 1) * RenumberBlock);
            for (var f = block * RenumberBlock; f < end; f++)
            {
                var (path, item) = files[f];
                if (item.Reads is not { } reads)
                {
                    into[f] = new(path, item);
                    continue;
                }

                var mapped = new int[reads.Length];
                for (var i = 0; i < reads.Length; i++)
                {
                    mapped[i] = renumbered[reads[i]];
                }

                Array.Sort(mapped);
                into[f] = new(path, item with { Reads = mapped });
            }
        });

        return (table, tableHashes, result);
    }
}
