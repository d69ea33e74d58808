using PowerList.Building;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;
using PowerList.Search.Contributor;
using PowerList.Search.Indexing;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;

namespace PowerList.Tests.Search;

/// <summary>
/// A warm rebuild of the search index (<c>serve</c>, a session keeping files in bulk) hands the files it knows unchanged
/// out as kept (<see cref="DeferredOutput.Kept"/>) and skips the dictionary shards the pack layout reaches as before
/// (<see cref="PowerList.Search.Indexing.TermFiles"/>): through a chain of edits, each build's site equals a clean
/// build's byte for byte, the files it writes are exactly those whose bytes changed, and for a one-entry change most
/// files are kept without being made.
/// </summary>
public sealed class WarmIndexFilesTests(GeneratedLists generated) : IDisposable, IClassFixture<GeneratedLists>
{
    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = SiteTestSupport.NewTempFolder("warm-index-files");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Each step changes the lists of the step before.</summary>
    private static readonly string[] Chain =
    [
        "edit-name", "edit-text", "new-words", "same-text", "edit-name", "two-files", "add", "edit-name", "delete", "replace-text",
        "edit-text", "law-title", "edit-name",
    ];

    [Fact]
    public void A_warm_rebuild_after_each_change_writes_exactly_the_changed_files_of_a_clean_build()
    {
        var site = Path.Combine(_dir, "site");
        var warm = new WarmBuild();
        var search = new Counting();
        var lists = generated.Lists;
        Build([search], lists, site, warm);
        var before = Snapshot(site);
        foreach (var step in Chain)
        {
            lists = Apply(lists, step);
            MarkOld(site);
            search.Reset();
            Build([search], lists, site, warm);

            var clean = Path.Combine(_dir, "clean-" + step);
            Build([new SearchIndexContributor()], lists, clean, null);
            var expected = Snapshot(clean);
            var actual = Snapshot(site);
            actual.Keys.ShouldBe(expected.Keys, step);
            foreach (var (path, bytes) in expected)
            {
                actual[path].SequenceEqual(bytes).ShouldBeTrue($"{step}: {path} differs from a clean build");
            }

            var changed = expected.Where(f => !before.TryGetValue(f.Key, out var old) || !old.SequenceEqual(f.Value)).Select(f => f.Key).Order(StringComparer.Ordinal);
            var written = Directory.GetFiles(site, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != BuildManifest.FileName && File.GetLastWriteTimeUtc(f) != Old)
                .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            written.ShouldBe(changed, $"{step}: the files written are the files whose bytes changed");

            // Documents added or deleted, other laws, or a text change reaching too many terms: the index is built in full.
            if (step is not ("add" or "delete" or "law-title" or "replace-text"))
            {
                search.Kept.ShouldBeGreaterThan(search.Files * 8 / 10, $"{step}: most files are kept, not made ({search.Kept} of {search.Files})");
            }

            before = expected;
            Directory.Delete(clean, recursive: true);
        }
    }

    [Fact]
    public void Files_are_given_as_kept_only_to_a_session_that_keeps_them()
    {
        var site = Path.Combine(_dir, "site");
        var warm = new WarmBuild();
        var search = new Counting();
        Build([search], generated.Lists, site, warm);
        search.Reset();
        // With precompressed copies every file is handed on (each has a copy to make), so nothing is kept in bulk.
        var lists = Apply(generated.Lists, "edit-name");
        Build([search], lists, site, warm, precompress: true);
        search.Files.ShouldBeGreaterThan(100);
        search.Kept.ShouldBe(0);
    }

    /// <summary>
    /// The term files alone, with one shard per term (about a third of the shards empty, so edits add terms to empty
    /// shards and empty others): kept files have the clean build's keys, the others its bytes, in the clean order.
    /// </summary>
    [Theory]
    [InlineData("new-words")]
    [InlineData("edit-name")]
    [InlineData("same-text")]
    public void Term_files_after_an_edit_are_the_clean_ones_also_with_empty_shards(string step)
    {
        var docs = DocumentExtractor.Extract(generated.Lists).Documents;
        var index = IndexBuilder.Build(docs);
        var shards = index.TermCount;
        var memory = new TermFilesMemory();
        var previous = TermFiles.Write("s/", index, shards, memory, null).ToDictionary(f => f.Path, f => f.SourceKey);
        var lists = Apply(generated.Lists, step);
        var after = DocumentExtractor.Extract(lists).Documents;
        var warm = new WarmSearch { Documents = docs, Index = index, Laws = generated.Lists.Laws };
        var patch = IndexPatcher.TryPatch(index, after, warm.Changed(lists.Laws, after).ShouldNotBeNull(), docs).ShouldNotBeNull();

        var files = TermFiles.Write("s/", patch.Index, shards, memory, patch.Touched, keep: true).ToList();
        var clean = TermFiles.Write("s/", IndexBuilder.Build(after), shards, null, null).ToList();
        files.Select(f => f.Path).ShouldBe(clean.Select(f => f.Path), step);
        for (var i = 0; i < clean.Count; i++)
        {
            if (files[i].IsKept)
            {
                previous[files[i].Path].ShouldBe(clean[i].SourceKey, files[i].Path);
            }
            else
            {
                files[i].Source.ShouldBe(clean[i].Source, files[i].Path);
            }
        }

        files.Count(f => f.IsKept).ShouldBeGreaterThan(files.Count / 2, step);
    }

    /// <summary>
    /// An edit adding just enough new words for the term count to cross a multiple of
    /// <see cref="IndexSettings.TermsPerDictShard"/>, with the shard count the writer uses (⌈terms / that⌉): the count
    /// grows by one shard, and only the split shards and the shards of changed terms are made again (under
    /// <c>hash mod count</c> nearly every shard and pack moved); the files are those of a clean build.
    /// </summary>
    [Fact]
    public void Term_files_after_an_edit_that_adds_a_dictionary_shard_remake_only_the_split_and_changed_shards()
    {
        var docs = DocumentExtractor.Extract(generated.Lists).Documents;
        var index = IndexBuilder.Build(docs);
        var memory = new TermFilesMemory();
        var previous = TermFiles.Write("s/", index, DictShards(index), memory, null).ToDictionary(f => f.Path, f => f.SourceKey);
        var control = new TermFilesMemory();
        TermFiles.Write("s/", index, DictShards(index), control, null).Count().ShouldBe(previous.Count);
        var perShard = IndexSettings.TermsPerDictShard;
        var lists = WithNewWords(generated.Lists, ((perShard - (index.TermCount % perShard)) % perShard) + 1);
        var after = DocumentExtractor.Extract(lists).Documents;
        var warm = new WarmSearch { Documents = docs, Index = index, Laws = generated.Lists.Laws };
        var patch = IndexPatcher.TryPatch(index, after, warm.Changed(lists.Laws, after).ShouldNotBeNull(), docs).ShouldNotBeNull();
        var shards = DictShards(patch.Index);
        shards.ShouldBe(DictShards(index) + 1, $"the edit crosses one multiple of {perShard} terms");

        var files = TermFiles.Write("s/", patch.Index, shards, memory, patch.Touched, keep: true).ToList();
        var clean = TermFiles.Write("s/", IndexBuilder.Build(after), shards, null, null).ToList();
        files.Select(f => f.Path).ShouldBe(clean.Select(f => f.Path));
        for (var i = 0; i < clean.Count; i++)
        {
            if (files[i].IsKept)
            {
                previous[files[i].Path].ShouldBe(clean[i].SourceKey, files[i].Path);
            }
            else
            {
                files[i].Source.ShouldBe(clean[i].Source, files[i].Path);
            }
        }

        // Made again: what the same edit makes under the old count (the shards and packs of changed terms, the packs
        // whose blobs moved), and the split shard and the one split off; no other (hash mod count: nearly every file).
        var split = shards - 1 - (1 << System.Numerics.BitOperations.Log2((uint)(shards - 1)));
        var made = files.Where(f => !f.IsKept).Select(f => f.Path).ToList();
        var madeUnderOldCount = TermFiles.Write("s/", patch.Index, DictShards(index), control, patch.Touched, keep: true)
            .Where(f => !f.IsKept).Select(f => f.Path).ToList();
        made.ShouldContain($"s/dict/{split}.jgz");
        made.ShouldContain($"s/dict/{shards - 1}.jgz");
        made.Where(p => p.StartsWith("s/post/")).ShouldBe(madeUnderOldCount.Where(p => p.StartsWith("s/post/")), "the same packs");
        made.Count.ShouldBeLessThanOrEqualTo(madeUnderOldCount.Count + 2, $"{made.Count} of {files.Count} files made");
        made.Count.ShouldBeLessThan(files.Count / 4, $"{made.Count} of {files.Count} files made");
    }

    private static int DictShards(InvertedIndex index) => (index.TermCount + IndexSettings.TermsPerDictShard - 1) / IndexSettings.TermsPerDictShard;

    /// <summary>The lists with <paramref name="count"/> made-up words (letters only, none in the lists) added to some entries' accountability texts.</summary>
    private static ListSet WithNewWords(ListSet lists, int count)
    {
        var file = lists.Files[0];
        var entries = file.Entries;
        for (var i = 0; i < count; i++)
        {
            var at = i % Math.Min(8, entries.Length);
            var word = $"zq{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}v";
            entries = entries.SetItem(at, entries[at] with { Accountability = entries[at].Accountability + " " + word });
        }

        return lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
    }

    private static SortedDictionary<string, byte[]> Snapshot(string site)
    {
        var all = SiteTestSupport.Snapshot(site);
        all.Remove(BuildManifest.FileName);
        return all;
    }

    private static void MarkOld(string site)
    {
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != BuildManifest.FileName))
        {
            File.SetLastWriteTimeUtc(file, Old);
        }
    }

    private static void Build(ISiteContributor[] contributors, ListSet lists, string site, WarmBuild? warm, bool precompress = false)
    {
        var pipeline = new SitePipeline(contributors) { Warm = warm };
        if (precompress)
        {
            pipeline.Precompress = new PowerList.Site.Compression.Precompression();
        }

        var result = pipeline.Build(lists, Array.Empty<Diagnostic>(), site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    private static ListSet Apply(ListSet lists, string step)
    {
        var file = lists.Files[0];
        var entries = file.Entries;
        var entry = entries[2];
        if (step == "law-title")
        {
            var law = lists.Laws[0];
            return lists with { Laws = lists.Laws.SetItem(0, law with { Title = law.Title + "（修正）" }) };
        }

        entries = step switch
        {
            "same-text" => entries.SetItem(2, entry with { }),
            "edit-name" => entries.SetItem(2, entry with { Name = entry.Name + "（修订）" }),
            "edit-text" => entries.SetItem(2, entry with { Accountability = entry.Accountability + "未依法履行职责的。" }),
            "replace-text" => entries.SetItem(2, entry with { Accountability = "修改后的追责情形：未依法履行职责的。" }),
            "new-words" => entries.SetItem(2, entry with { Name = "对擅自改变qzxwv设施用途的处罚（zyxwv试行）" }),
            "two-files" => entries.SetItem(2, entry with { Name = entry.Name + "（二）" }),
            "add" => entries.Add(entries[3] with { Code = entries[3].Code + "-B", Name = "对基准测试新增违法行为的处罚" }),
            "delete" => entries.RemoveAt(4),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        var files = lists.Files.SetItem(0, file with { Entries = entries });
        if (step == "two-files")
        {
            var other = files[1];
            files = files.SetItem(1, other with { Entries = other.Entries.SetItem(0, other.Entries[0] with { Subject = other.Entries[0].Subject + "和其他组织" }) });
        }

        return lists with { Files = files };
    }

    /// <summary>The search stage, counting the files it gives and those it gives as kept.</summary>
    private sealed class Counting : IDeferredContributor, IWarmContributor
    {
        private readonly SearchIndexContributor _inner = new();

        public string Name => _inner.Name;

        public int Files { get; private set; }

        public int Kept { get; private set; }

        public void Reset() => (Files, Kept) = (0, 0);

        public void UseWarm(WarmBuild warm) => _inner.UseWarm(warm);

        public IEnumerable<OutputFile> Contribute(ListSet lists) => _inner.Contribute(lists);

        public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists) => ContributeDeferred(lists, keep: false);

        public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists, bool keep)
        {
            foreach (var file in _inner.ContributeDeferred(lists, keep))
            {
                Files++;
                Kept += file.IsKept ? 1 : 0;
                yield return file;
            }
        }
    }
}
