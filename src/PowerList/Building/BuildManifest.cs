using System.Buffers.Binary;
using System.Text;
using PowerList.Building.Dependencies;

namespace PowerList.Building;

/// <summary>
/// <c>&lt;site&gt;/.powerlist-build</c>: what the previous build was made from. <see cref="Code"/> names the
/// PowerList build that wrote it (a different program re-renders everything); <see cref="Files"/> maps every output
/// path to the key of its inputs and its length. The manifest is part of the site so it is swapped in atomically
/// with the pages it describes; it is written last. The format is binary and compact (a site of 100,000 entries has
/// about 245,000 files; as JSON the manifest took 0.3 s to read and 0.15 s to write): a header, the program's code,
/// then each file in the order the build produced it (deterministic: a clean and an incremental build of the same
/// lists give the same bytes) as the length of the path prefix it shares with the previous path, the rest of the
/// path in UTF-8, the 16-byte key and the length, then for a recorded output (<see cref="PlannedOutput.Recorded"/>) the
/// identities it read, as ascending indices (delta-coded) into the identity table that precedes the files (each
/// identity once: kind, key, and the hash it had in this build). Deployments may leave it out (it holds only hashes of public
/// content).
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".powerlist-build";

    private const int FormatVersion = 3;
    private static readonly byte[] Magic = "PLBM"u8.ToArray();

    private readonly IReadOnlyList<KeyValuePair<string, ManifestItem>> _ordered;
    private IReadOnlyDictionary<string, ManifestItem>? _files;

    /// <param name="files">Every file, in the order the build produced them (the order of the written manifest).</param>
    /// <param name="identities">The identities the recorded outputs read, each once, with the hash each had.</param>
    public BuildManifest(string code, IReadOnlyList<KeyValuePair<string, ManifestItem>> files, IReadOnlyList<Identity>? identities = null, IReadOnlyList<UInt128>? hashes = null)
    {
        Code = code;
        _ordered = files;
        Identities = identities ?? [];
        Hashes = hashes ?? [];
    }

    private BuildManifest(string code, Dictionary<string, ManifestItem> files, Identity[] identities, UInt128[] hashes)
    {
        Code = code;
        _ordered = [];
        _files = files;
        Identities = identities;
        Hashes = hashes;
    }

    public string Code { get; }

    /// <summary>The code of the stub (<see cref="Pending"/>): never a program's <see cref="IncrementalSession.CodeKey"/>.</summary>
    public const string PendingCode = "pending";

    /// <summary>
    /// The stub a <c>serve</c> build leaves in the site while it keeps the manifest in memory
    /// (<see cref="WarmSite.DeferManifest"/>): a manifest of no program, so the next build that reads it reuses nothing.
    /// </summary>
    public static byte[] Pending() => new BuildManifest(PendingCode, []).ToBytes();

    /// <summary>The identity table: what <see cref="ManifestItem.Reads"/> index.</summary>
    public IReadOnlyList<Identity> Identities { get; }

    /// <summary>The hash each of <see cref="Identities"/> had in the build that wrote the manifest.</summary>
    public IReadOnlyList<UInt128> Hashes { get; }

    public IReadOnlyDictionary<string, ManifestItem> Files =>
        _files ??= _ordered.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// <summary>The manifest of the site in <paramref name="siteFolder"/>, or null when there is none or it cannot be read.</summary>
    public static BuildManifest? TryLoad(string siteFolder)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(siteFolder, FileName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        return Parse(bytes);
    }

    /// <summary>The manifest in <paramref name="bytes"/>, or null when they are not one this program can read.</summary>
    public static BuildManifest? Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (bytes.Length < 8 || !bytes[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != FormatVersion)
            {
                return null;
            }

            var at = 8;
            var codeLength = checked((int)ReadVarint(bytes, ref at));
            var code = Encoding.UTF8.GetString(bytes.Slice(at, codeLength));
            at += codeLength;
            var identityCount = checked((int)ReadVarint(bytes, ref at));
            var identities = new Identity[identityCount];
            var hashes = new UInt128[identityCount];
            for (var i = 0; i < identityCount; i++)
            {
                var kind = (IdentityKind)bytes[at++];
                var keyLength = checked((int)ReadVarint(bytes, ref at));
                identities[i] = new Identity(kind, keyLength == 0 ? "" : Encoding.UTF8.GetString(bytes.Slice(at, keyLength)));
                at += keyLength;
                hashes[i] = BinaryPrimitives.ReadUInt128LittleEndian(bytes.Slice(at, 16));
                at += 16;
            }

            var count = checked((int)ReadVarint(bytes, ref at));
            var files = new Dictionary<string, ManifestItem>(count, StringComparer.Ordinal);
            var path = new byte[256];
            var previous = 0;
            for (var i = 0; i < count; i++)
            {
                var shared = checked((int)ReadVarint(bytes, ref at));
                var rest = checked((int)ReadVarint(bytes, ref at));
                if (shared > previous)
                {
                    return null;
                }

                previous = shared + rest;
                if (shared + rest > path.Length)
                {
                    Array.Resize(ref path, Math.Max(path.Length * 2, shared + rest));
                }

                bytes.Slice(at, rest).CopyTo(path.AsSpan(shared));
                at += rest;
                var key = BinaryPrimitives.ReadUInt128LittleEndian(bytes.Slice(at, 16));
                at += 16;
                var length = checked((long)ReadVarint(bytes, ref at));
                var readCount = checked((int)ReadVarint(bytes, ref at));
                int[]? reads = null;
                if (readCount > 0)
                {
                    reads = new int[readCount - 1];
                    var last = 0;
                    for (var r = 0; r < reads.Length; r++)
                    {
                        last += checked((int)ReadVarint(bytes, ref at));
                        if (last >= identityCount)
                        {
                            return null;
                        }

                        reads[r] = last;
                    }
                }

                files[Encoding.UTF8.GetString(path, 0, shared + rest)] = new ManifestItem(key, length, reads);
            }

            return at == bytes.Length ? new BuildManifest(code, files, identities, hashes) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Files written into one part of the manifest by one worker (<see cref="ToBytes"/>).</summary>
    private const int FileBlock = 16384;

    /// <summary>
    /// The manifest's bytes. The files are written in blocks, in parallel (each block's first path shares its prefix
    /// with the path before the block, as in one pass), then the parts are joined in order: the same bytes as one pass.
    /// </summary>
    public byte[] ToBytes() => ToBytes(FileBlock);

    /// <summary>The manifest's bytes, its files written in blocks of <paramref name="fileBlock"/> (the same bytes for any size).</summary>
    internal byte[] ToBytes(int fileBlock)
    {
        var head = new ManifestBytes(64 + (Identities.Count * 48));
        head.Write(Magic);
        head.WriteInt32(FormatVersion);
        head.WriteText(Code);
        head.WriteVarint((ulong)Identities.Count);
        for (var i = 0; i < Identities.Count; i++)
        {
            head.WriteByte((byte)Identities[i].Kind);
            head.WriteText(Identities[i].Key);
            head.WriteUInt128(Hashes[i]);
        }

        head.WriteVarint((ulong)_ordered.Count);
        var blocks = new ManifestBytes[(int)(((long)_ordered.Count + fileBlock - 1) / fileBlock)];
        Parallel.For(0, blocks.Length, b => blocks[b] = WriteFiles(b * fileBlock, (int)Math.Min(_ordered.Count, ((long)b + 1) * fileBlock)));
        var bytes = new byte[head.Length + blocks.Sum(b => b.Length)];
        head.Written.CopyTo(bytes);
        var at = head.Length;
        foreach (var block in blocks)
        {
            block.Written.CopyTo(bytes.AsSpan(at));
            at += block.Length;
        }

        return bytes;
    }

    /// <summary>Files <paramref name="start"/> to <paramref name="end"/> (excluded), each path's prefix shared with the path before it.</summary>
    private ManifestBytes WriteFiles(int start, int end)
    {
        var output = new ManifestBytes((end - start) * 72);
        var previous = new byte[256];
        var previousLength = start == 0 ? 0 : Utf8(_ordered[start - 1].Key, ref previous);
        var current = new byte[256];
        for (var f = start; f < end; f++)
        {
            var (path, item) = _ordered[f];
            var length = Utf8(path, ref current);
            var shared = current.AsSpan(0, length).CommonPrefixLength(previous.AsSpan(0, previousLength));
            output.WriteVarint((ulong)shared);
            output.WriteVarint((ulong)(length - shared));
            output.Write(current.AsSpan(shared, length - shared));
            output.WriteUInt128(item.Key);
            output.WriteVarint((ulong)item.Length);
            if (item.Reads is null)
            {
                output.WriteVarint(0);
            }
            else
            {
                output.WriteVarint((ulong)item.Reads.Length + 1);
                var last = 0;
                foreach (var read in item.Reads)
                {
                    output.WriteVarint((ulong)(read - last));
                    last = read;
                }
            }

            (previous, current) = (current, previous);
            previousLength = length;
        }

        return output;
    }

    /// <summary>Encodes <paramref name="path"/> into <paramref name="buffer"/> (grown when too small); returns the byte count.</summary>
    private static int Utf8(string path, ref byte[] buffer)
    {
        var most = Encoding.UTF8.GetMaxByteCount(path.Length);
        if (most > buffer.Length)
        {
            buffer = new byte[Math.Max(most, buffer.Length * 2)];
        }

        return Encoding.UTF8.GetBytes(path, buffer);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new OverflowException("varint too long");
    }
}
