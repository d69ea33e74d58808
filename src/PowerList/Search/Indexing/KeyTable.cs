using System.Runtime.CompilerServices;

namespace PowerList.Search.Indexing;

/// <summary>
/// Open-addressing hash map from a short token's key (<see cref="TokenScanner.Key"/>, never 0) to an int: the
/// lookup of every token of the collection, twice, so a few instructions matter. Reads are safe from several threads
/// once writing has stopped.
/// </summary>
internal sealed class KeyTable
{
    private uint[] _keys;
    private int[] _values;
    private int _shift;

    public KeyTable(int capacity = 1024)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _keys = new uint[size];
        _values = new int[size];
        _shift = 32 - int.Log2(size);
    }

    public int Count { get; private set; }

    /// <summary>A reference to the value of <paramref name="key"/>, added (as 0) when missing; <paramref name="added"/> tells.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref int GetOrAdd(uint key, out bool added)
    {
        var mask = _keys.Length - 1;
        var i = (int)((key * 0x9E3779B1u) >> _shift);
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                added = false;
                return ref _values[i];
            }

            if (k == 0)
            {
                if ((Count + 1) * 2 > _keys.Length)
                {
                    Grow();
                    return ref GetOrAdd(key, out added);
                }

                _keys[i] = key;
                Count++;
                added = true;
                return ref _values[i];
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>The value of <paramref name="key"/>, which must be present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(uint key)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        var i = (int)((key * 0x9E3779B1u) >> _shift);
        while (keys[i] != key)
        {
            if (keys[i] == 0)
            {
                throw new KeyNotFoundException(TokenScanner.KeyText(key));
            }

            i = (i + 1) & mask;
        }

        return _values[i];
    }

    /// <summary>Every key and a reference to its value.</summary>
    public IEnumerable<(uint Key, int Slot)> Slots()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return (_keys[i], i);
            }
        }
    }

    public ref int ValueAt(int slot) => ref _values[slot];

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new uint[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _shift--;
        Count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                GetOrAdd(keys[i], out _) = values[i];
            }
        }
    }
}
