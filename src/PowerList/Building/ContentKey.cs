using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PowerList.Building;

/// <summary>
/// Keys of the build manifest: the first 16 bytes of a SHA-256, as a number (little-endian). One-shot hashing of a
/// buffer: no hash object per key.
/// </summary>
public static class ContentKey
{
    /// <summary>The key of <paramref name="data"/> under <paramref name="prefix"/> (a prefix never equals another kind's).</summary>
    public static UInt128 Of(string prefix, ReadOnlySpan<byte> data)
    {
        var head = Encoding.UTF8.GetByteCount(prefix) + 1;
        if (head + data.Length > 1 << 16)
        {
            // Hashed in place: a download of hundreds of megabytes is not copied behind its prefix.
            using var sha = Start(prefix);
            sha.AppendData(data);
            return Finish(sha);
        }

        var length = head + data.Length;
        var rented = length <= 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        Span<byte> buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        Encoding.UTF8.GetBytes(prefix, buffer);
        buffer[head - 1] = 0;
        data.CopyTo(buffer[head..]);
        var key = Hash(buffer);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return key;
    }

    /// <summary>
    /// The key under <paramref name="prefix"/> of the file at <paramref name="path"/> (as <see cref="Of"/> of its bytes),
    /// read in pieces, and its length: for outputs written straight to their file (<see cref="PlannedOutput.Streamed"/>).
    /// </summary>
    public static (UInt128 Key, long Length) OfFile(string prefix, string path)
    {
        using var sha = Start(prefix);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long length = 0;
            int n;
            while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                length += n;
            }

            return (Finish(sha), length);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IncrementalHash Start(string prefix)
    {
        var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(prefix + "\0"));
        return sha;
    }

    private static UInt128 Finish(IncrementalHash sha)
    {
        Span<byte> digest = stackalloc byte[32];
        sha.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>16 bytes of the SHA-256 of <paramref name="data"/>.</summary>
    public static UInt128 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(data, digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>Lower-case hex of a key (for messages and tests).</summary>
    public static string ToHex(UInt128 key)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, key);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>A key of every file under <paramref name="folder"/> (relative paths and bytes, in ordinal order).</summary>
    public static string OfFolder(string folder)
    {
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            : [];
        return OfFiles(files, file => File.ReadAllBytes(Path.Combine(folder, file)));
    }

    /// <summary>
    /// A key of the files <paramref name="relativePaths"/> (forward slashes) and their bytes, taken in ordinal order:
    /// the same files give the same key wherever they are read from (a folder, resources embedded in the assembly).
    /// </summary>
    public static string OfFiles(IEnumerable<string> relativePaths, Func<string, byte[]> read)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in relativePaths.Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file));
            sha.AppendData([0]);
            var bytes = read(file);
            sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 16));
    }
}
