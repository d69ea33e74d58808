using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using PowerList.Caching;
using PowerList.Model;
using PowerList.Site.Incremental;

namespace PowerList.Loading;

/// <summary>
/// The build's cache of parsed list files on disk (in a <see cref="BuildCache"/>): one cache file per list file
/// content, named by the SHA-256 of the file's bytes, holding the model in <see cref="ListFileCodec"/>'s form. Only
/// files read whole without any diagnostic are kept. Each cache file carries the codec version, the program version
/// (<see cref="IncrementalSession.CodeKey"/>), the content hash and a checksum of the rest: anything missing, stale or
/// damaged is a miss and the file is parsed. <see cref="Prune"/> deletes cache files no list file used.
/// </summary>
public sealed class ParsedFileCache(BuildCache cache)
{
    private const string Prefix = "list-";
    private const string Suffix = ".bin";
    private static readonly byte[] Magic = "PLLF"u8.ToArray();
    private static readonly byte[] Code = Encoding.ASCII.GetBytes(IncrementalSession.CodeKey.PadRight(32)[..32]);
    private static readonly int HeaderLength = Magic.Length + 4 + Code.Length + 32 + 8;

    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;
    private int _written;

    /// <summary>List files of the last load taken from the cache.</summary>
    public int Hits => _hits;

    /// <summary>List files of the last load that were parsed (not in the cache, stale or damaged).</summary>
    public int Misses => _misses;

    /// <summary>Cache files written by the last load.</summary>
    public int Written => _written;

    internal ListFile? TryGet(ReadOnlySpan<byte> hash, PlannedFile plan, StringPool pool)
    {
        var name = NameOf(hash);
        _used[name] = true;
        byte[]? bytes;
        try
        {
            bytes = cache.TryRead(name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bytes = null;
        }

        if (bytes is not null && bytes.Length >= HeaderLength)
        {
            var span = bytes.AsSpan();
            var payload = span[HeaderLength..];
            if (span.StartsWith(Magic)
                && BinaryPrimitives.ReadInt32LittleEndian(span[Magic.Length..]) == ListFileCodec.Version
                && span.Slice(Magic.Length + 4, Code.Length).SequenceEqual(Code)
                && span.Slice(Magic.Length + 4 + Code.Length, 32).SequenceEqual(hash)
                && BinaryPrimitives.ReadUInt64LittleEndian(span[(HeaderLength - 8)..]) == Checksum(payload))
            {
                try
                {
                    var file = ListFileCodec.Decode(payload, plan.Path, plan.Department, plan.Category, pool);
                    Interlocked.Increment(ref _hits);
                    return file;
                }
                catch (FormatException)
                {
                }
            }
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    internal void Put(ReadOnlySpan<byte> hash, ListFile file)
    {
        if (ListFileCodec.Encode(file) is not { } payload)
        {
            return;
        }

        var bytes = new byte[HeaderLength + payload.Length];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[Magic.Length..], ListFileCodec.Version);
        Code.CopyTo(span[(Magic.Length + 4)..]);
        hash.CopyTo(span[(Magic.Length + 4 + Code.Length)..]);
        BinaryPrimitives.WriteUInt64LittleEndian(span[(HeaderLength - 8)..], Checksum(payload));
        payload.CopyTo(span[HeaderLength..]);
        try
        {
            cache.Write(NameOf(hash), bytes);
            Interlocked.Increment(ref _written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next build slower.
        }
    }

    /// <summary>Deletes the cache files of list file contents the last load did not have.</summary>
    public void Prune()
    {
        if (!Directory.Exists(cache.Folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(cache.Folder, Prefix + "*" + Suffix))
        {
            if (!_used.ContainsKey(Path.GetFileName(path)))
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }

    internal void Begin()
    {
        _used.Clear();
        _hits = 0;
        _misses = 0;
        _written = 0;
    }

    private static string NameOf(ReadOnlySpan<byte> hash) => Prefix + Convert.ToHexStringLower(hash) + Suffix;

    /// <summary>A fast 64-bit checksum (damage, not attacks: the name is the content's SHA-256).</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        const ulong Prime1 = 0x9E3779B185EBCA87UL;
        const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        ulong a = 1, b = 2, c = 3, d = 4;
        var i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a = ulong.RotateLeft(a + (words[i] * Prime2), 31) * Prime1;
            b = ulong.RotateLeft(b + (words[i + 1] * Prime2), 31) * Prime1;
            c = ulong.RotateLeft(c + (words[i + 2] * Prime2), 31) * Prime1;
            d = ulong.RotateLeft(d + (words[i + 3] * Prime2), 31) * Prime1;
        }

        var h = ulong.RotateLeft(a, 1) + ulong.RotateLeft(b, 7) + ulong.RotateLeft(c, 12) + ulong.RotateLeft(d, 18) + (ulong)bytes.Length;
        for (; i < words.Length; i++)
        {
            h = ulong.RotateLeft(h ^ (words[i] * Prime2), 27) * Prime1;
        }

        for (var j = words.Length * 8; j < bytes.Length; j++)
        {
            h = ulong.RotateLeft(h ^ (bytes[j] * Prime1), 11) * Prime2;
        }

        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        return h;
    }
}
