using System.Collections.Concurrent;

namespace PowerList.Loading;

/// <summary>
/// One worker's file buffers for a load: the bytes of a file and their UTF-16 decoding, each a grow-only array kept
/// from file to file. A list file is often larger than the large-object threshold (85,000 bytes), and the shared
/// <see cref="System.Buffers.ArrayPool{T}"/> keeps an array per size class per thread, so a load of 100,000 entries
/// allocated some 60 MB of such arrays (every size class on every worker thread), and each step of the large-object
/// budget that <c>System.GC.ConserveMemory</c> keeps small was a blocking full collection. Here a worker's array
/// only grows (to the largest file of the load when that is known, else by at least half), so it serves every smaller
/// file after and a clean load's worker allocates once (docs/performance.md, "s33-gc"). Not thread-safe: one worker
/// at a time holds a set, taken from and given back to a <see cref="Shelf"/>.
/// </summary>
internal sealed class ReadBuffers(int largest)
{
    private byte[] _bytes = [];
    private char[] _chars = [];

    /// <summary>An array of at least <paramref name="length"/> bytes, valid until the next call.</summary>
    public byte[] Bytes(int length) => _bytes = Grown(_bytes, length);

    /// <summary>An array of at least <paramref name="length"/> chars, valid until the next call.</summary>
    public char[] Chars(int length) => _chars = Grown(_chars, length);

    private T[] Grown<T>(T[] array, int length) => array.Length >= length
        ? array
        : new T[Math.Max(Math.Max(length, largest), (int)Math.Min(Array.MaxLength, array.Length + (long)array.Length / 2))];

    /// <summary>The sets of one load, shared by its workers: each worker takes one, uses it alone, and gives it back.</summary>
    /// <param name="largest">The largest file's length when known (0 when not): a set's first array is made that large,
    /// so it never grows.</param>
    public sealed class Shelf(int largest)
    {
        private readonly ConcurrentBag<ReadBuffers> _free = [];

        /// <summary>A set no other worker holds (a new one when all are out).</summary>
        public ReadBuffers Take() => _free.TryTake(out var buffers) ? buffers : new ReadBuffers(largest);

        /// <summary>Gives back a set taken with <see cref="Take"/>.</summary>
        public void Give(ReadBuffers buffers) => _free.Add(buffers);
    }
}
