using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site;
using PowerList.Building;
using PowerList.Site.Writing;

namespace PowerList.Tests.Site.Writing;

/// <summary>
/// Whole builds through the pipeline on the small sample lists: the second build of a site is written in place
/// (no temporary tree, unchanged files untouched), a file deleted from the site by hand comes back, a build that
/// throws half-way leaves the previous site byte for byte, one build at a time per output folder.
/// </summary>
public sealed class InPlaceBuildTests : IDisposable
{
    private static readonly DateTime Long = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = SiteTestSupport.NewTempFolder("in-place-build");

    private string Out => Path.Combine(_dir, "site");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_rebuild_is_written_in_place_and_leaves_unchanged_files_untouched()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        var entry = Path.Combine(Out, "entry", SampleLists.FullEntryCode, "index.html");
        var files = Directory.GetFiles(Out, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, Long);
        }

        var changed = Edited();
        var result = SiteTestSupport.Build(changed, Out);

        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.IsCompleted.ShouldBeTrue();
        File.ReadAllText(entry).ShouldContain("（已修改）");
        var touched = files.Where(f => File.Exists(f) && File.GetLastWriteTimeUtc(f) != Long).ToList();
        touched.ShouldContain(entry);
        touched.Count.ShouldBeLessThan(files.Length / 2, "only the files that show the edit are written");
        AssertEqualsCleanBuild(changed);
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["site", "site.lock"]);
    }

    [Fact]
    public void A_file_deleted_from_the_site_by_hand_is_written_again()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        var entry = Path.Combine(Out, "entry", SampleLists.FullEntryCode, "index.html");
        var bytes = File.ReadAllBytes(entry);
        File.Delete(entry);

        SiteTestSupport.Build(SampleLists.Create(), Out);

        File.ReadAllBytes(entry).ShouldBe(bytes);
    }

    [Fact]
    public void A_contributor_throwing_mid_way_through_an_in_place_build_leaves_the_previous_site()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        var before = SiteTestSupport.Snapshot(Out);
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Use(new ThrowingContributor()).Build();

        Should.Throw<IOException>(() => pipeline.Build(Edited(), [], Out));

        var after = SiteTestSupport.Snapshot(Out);
        after.Keys.ShouldBe(before.Keys);
        after.All(kv => kv.Value.SequenceEqual(before[kv.Key])).ShouldBeTrue();
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray().ShouldBe(["site", "site.lock"], "the stage folder is removed");
    }

    [Fact]
    public void A_second_build_of_the_same_output_while_one_runs_is_refused()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        var before = SiteTestSupport.Snapshot(Out);

        using (SiteLock.Acquire(Out))
        {
            var ex = Should.Throw<IOException>(() => SiteTestSupport.Build(Edited(), Out));
            ex.Message.ShouldContain("另一次生成");
        }

        SiteTestSupport.Snapshot(Out).Keys.ShouldBe(before.Keys);
        SiteTestSupport.Build(Edited(), Out).Written.ShouldBeTrue();
    }

    [Fact]
    public void A_clean_build_still_swaps_a_whole_tree_and_drops_files_no_manifest_lists()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        File.WriteAllText(Path.Combine(Out, "mine.txt"), "put here by hand");
        SiteTestSupport.Build(SampleLists.Create(), Out);
        File.Exists(Path.Combine(Out, "mine.txt")).ShouldBeTrue("an in-place build leaves files it does not know");

        var result = new PowerList.Site.Pipeline.SitePipeline(SiteDefaults.Create(SiteTestSupport.Templates).Build().Contributors) { Incremental = false }
            .Build(SampleLists.Create(), Array.Empty<Diagnostic>(), Out);

        result.PreviousSiteRemoval.IsCompleted.ShouldBeTrue();
        File.Exists(Path.Combine(Out, "mine.txt")).ShouldBeFalse("a clean build writes a whole new tree");
        BuildManifest.TryLoad(Out).ShouldNotBeNull();
    }

    private void AssertEqualsCleanBuild(ListSet lists)
    {
        var clean = Path.Combine(_dir, "clean");
        var result = new PowerList.Site.Pipeline.SitePipeline(SiteDefaults.Create(SiteTestSupport.Templates).Build().Contributors) { Incremental = false }
            .Build(lists, Array.Empty<Diagnostic>(), clean);
        result.PreviousSiteRemoval.Wait();
        var expected = SiteTestSupport.Snapshot(clean);
        var actual = SiteTestSupport.Snapshot(Out);
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).ShouldBeTrue(path);
        }

        Directory.Delete(clean, recursive: true);
        File.Delete(clean + ".lock");
    }

    private static ListSet Edited()
    {
        var lists = SampleLists.Create();
        var file = lists.Files[0];
        var at = file.Entries.Select((e, i) => (e, i)).First(x => x.e.Code == SampleLists.FullEntryCode).i;
        var entries = file.Entries.SetItem(at, file.Entries[at] with { Name = file.Entries[at].Name + "（已修改）" });
        return lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
    }

    private sealed class ThrowingContributor : ISiteContributor
    {
        public string Name => "throws";

        public IEnumerable<OutputFile> Contribute(ListSet lists)
        {
            yield return new OutputFile("extra/first.txt", [1, 2, 3]);
            throw new IOException("磁盘已满（测试）");
        }
    }
}
