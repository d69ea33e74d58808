namespace PowerList.Building.Dependencies;

/// <summary>
/// The other half of the read sets: for each identity of a manifest's table, the outputs that read it (the manifest
/// keeps, per output, the identities it read; this turns it round). Built from one contributor's slice of the file
/// list (<see cref="ManifestItem.Reads"/> of its recorded outputs), so a rebuild asks only the identities that slice
/// reads and finds, for the few that changed, exactly the outputs to render again, without visiting the others.
/// Compact: two int arrays (offsets per identity, then output positions relative to the slice, ascending).
/// Derivable from the manifest at any time; <c>serve</c> keeps it with the manifest it remembers (<see cref="WarmSite"/>).
/// </summary>
public sealed class ReadIndex
{
    private readonly int[] _offsets;
    private readonly int[] _outputs;

    private ReadIndex(int[] offsets, int[] outputs)
    {
        _offsets = offsets;
        _outputs = outputs;
    }

    /// <summary>How many identities the index spans (the table's size when it was built).</summary>
    public int Identities => _offsets.Length - 1;

    /// <summary>Bytes held by the index's two arrays.</summary>
    public long Bytes => ((long)_offsets.Length + _outputs.Length) * sizeof(int);

    /// <summary>
    /// The index of <paramref name="count"/> files of <paramref name="files"/> from <paramref name="start"/> (one
    /// contributor's outputs); <paramref name="identities"/> is the size of the table their reads point into.
    /// </summary>
    public static ReadIndex Of(IReadOnlyList<KeyValuePair<string, ManifestItem>> files, int start, int count, int identities)
    {
        var offsets = new int[identities + 1];
        for (var k = 0; k < count; k++)
        {
            foreach (var i in files[start + k].Value.Reads ?? [])
            {
                offsets[i + 1]++;
            }
        }

        for (var i = 0; i < identities; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        // Filled through the offsets themselves (each start moves to its end, the next one's start), then moved back
        // by one: no second array of their size.
        var outputs = new int[offsets[identities]];
        for (var k = 0; k < count; k++)
        {
            foreach (var i in files[start + k].Value.Reads ?? [])
            {
                outputs[offsets[i]++] = k;
            }
        }

        for (var i = identities; i > 0; i--)
        {
            offsets[i] = offsets[i - 1];
        }

        offsets[0] = 0;

        return new ReadIndex(offsets, outputs);
    }

    /// <summary>The outputs (positions in the slice, ascending) that read identity <paramref name="identity"/>; none for an identity outside the index.</summary>
    public ReadOnlySpan<int> Readers(int identity) =>
        identity < 0 || identity >= Identities ? [] : _outputs.AsSpan(_offsets[identity], _offsets[identity + 1] - _offsets[identity]);

    /// <summary>
    /// Which outputs of the slice read an identity for which <paramref name="changed"/> says yes; it is asked once for
    /// each identity some output of the slice reads, and never for the others.
    /// </summary>
    public bool[] Affected(int count, Func<int, bool> changed)
    {
        var affected = new bool[count];
        for (var i = 0; i < Identities; i++)
        {
            var readers = Readers(i);
            if (readers.IsEmpty || !changed(i))
            {
                continue;
            }

            foreach (var k in readers)
            {
                affected[k] = true;
            }
        }

        return affected;
    }
}
