using PowerList.Building;
using PowerList.Building.Dependencies;

namespace PowerList.Tests.Building;

/// <summary>
/// The manifest's bytes: its files are written in blocks on several threads, each block's first path coded against
/// the last path of the block before, and the identity table is put in canonical order with every file's reads
/// renumbered in parallel; read back, every path, key, length and read set is the one written, across the blocks.
/// </summary>
public sealed class BuildManifestTests
{
    [Fact]
    public void A_manifest_of_many_files_reads_back_exactly_across_its_blocks()
    {
        var identities = Enumerable.Range(0, 500).Select(i => new Identity(IdentityKind.Entry, $"e{(i * 7919) % 500:D4}")).ToArray();
        var hashes = Enumerable.Range(0, 500).Select(i => (UInt128)(ulong)(i + 1)).ToArray();
        var files = Enumerable.Range(0, 40_000).Select(i => new KeyValuePair<string, ManifestItem>(
            i % 5 == 0 ? $"entry/650100-码{i:D6}/history/index.html" : $"entry/650100-码{i:D6}/index.html",
            new ManifestItem((UInt128)(ulong)i << 64 | (ulong)(i * 31), i * 13L, i % 3 == 0 ? null : [i % 500, (i + 1 + (i % 7)) % 500]))).ToList();

        var (table, tableHashes, canonical) = CanonicalTable.Of(identities, hashes, files);
        var bytes = new BuildManifest("code", canonical, table, tableHashes).ToBytes();
        var read = BuildManifest.Parse(bytes);

        read.ShouldNotBeNull();
        read.Code.ShouldBe("code");
        read.Identities.ShouldBe(table);
        read.Hashes.ShouldBe(tableHashes);
        read.Files.Count.ShouldBe(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var (path, item) = files[i];
            var back = read.Files[path];
            back.Key.ShouldBe(item.Key, path);
            back.Length.ShouldBe(item.Length, path);
            if (item.Reads is null)
            {
                back.Reads.ShouldBeNull(path);
                continue;
            }

            // The same identities, in canonical numbering, ascending.
            back.Reads!.Select(r => read.Identities[r].Key).Order(StringComparer.Ordinal).ShouldBe(item.Reads.Select(r => identities[r].Key).Order(StringComparer.Ordinal), path);
            back.Reads!.ShouldBe(back.Reads!.Order().ToArray(), path);
        }

        canonical.Select(f => f.Key).ShouldBe(files.Select(f => f.Key), "the files keep their order");
        var manifest = new BuildManifest("code", canonical, table, tableHashes);
        manifest.ToBytes(int.MaxValue).ShouldBe(bytes, "one block: the same bytes");
        manifest.ToBytes(7).ShouldBe(bytes, "blocks of 7 files: the same bytes");
    }
}
