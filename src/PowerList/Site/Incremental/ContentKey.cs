using System.Security.Cryptography;
using System.Text;

namespace PowerList.Site.Incremental;

/// <summary>Keys of the build manifest: SHA-256 of the parts, in lower-case hex (first 32 digits).</summary>
public static class ContentKey
{
    public static string Of(string prefix, ReadOnlySpan<byte> data)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(prefix));
        sha.AppendData([0]);
        sha.AppendData(data);
        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 16));
    }

    /// <summary>A key of every file under <paramref name="folder"/> (relative paths and bytes, in ordinal order).</summary>
    public static string OfFolder(string folder)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(file));
                sha.AppendData([0]);
                var bytes = File.ReadAllBytes(Path.Combine(folder, file));
                sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
                sha.AppendData(bytes);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 16));
    }
}
