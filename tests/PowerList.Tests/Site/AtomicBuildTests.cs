using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site;
using PowerList.Site.Pipeline;

namespace PowerList.Tests.Site;

/// <summary>A failed build leaves the previous site byte for byte; leftovers of dead builds are cleaned up.</summary>
public sealed class AtomicBuildTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("atomic");

    private string Out => Path.Combine(_dir, "site");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Validation_errors_stop_the_build_and_leave_the_previous_site()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        var before = SiteTestSupport.Snapshot(Out);
        var changed = SampleLists.Create() with { Site = SampleLists.Create().Site with { Title = "改过的标题" } };
        var error = Diagnostic.Error(new SourceLocation("lists/fgw/cf.yaml", 3, 5), "PL0001", "测试错误");

        var result = SiteDefaults.Create(SiteTestSupport.Templates).Build().Build(changed, [error], Out);

        result.Written.ShouldBeFalse();
        AssertSame(before, SiteTestSupport.Snapshot(Out));
        Directory.GetDirectories(_dir).ShouldBe([Out]);
    }

    [Fact]
    public void A_contributor_throwing_mid_write_leaves_the_previous_site()
    {
        SiteTestSupport.Build(SampleLists.Create(), Out);
        var before = SiteTestSupport.Snapshot(Out);
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Use(new ThrowingContributor()).Build();

        Should.Throw<IOException>(() => pipeline.Build(SampleLists.Create(), [], Out));

        AssertSame(before, SiteTestSupport.Snapshot(Out));
        Directory.GetDirectories(_dir).ShouldBe([Out], "the temporary folder is removed");
    }

    [Fact]
    public void Two_contributors_writing_the_same_path_is_a_bug()
    {
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Use(new FixedContributor("dup", "robots.txt")).Build();

        var ex = Should.Throw<DuplicateOutputException>(() => pipeline.Build(SampleLists.Create(), [], Out));

        ex.Path.ShouldBe("robots.txt");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public void A_new_build_replaces_the_whole_folder_and_cleans_leftovers_of_dead_builds()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "stale.html"), "old");
        var deadTemp = Out + ".tmp-999999999-deadbeef";
        Directory.CreateDirectory(deadTemp);
        File.WriteAllText(Path.Combine(deadTemp, "half.html"), "half");
        var deadOld = Out + ".old-999999999-cafebabe";
        Directory.CreateDirectory(deadOld);
        var unrelated = Out + ".backup";
        Directory.CreateDirectory(unrelated);

        SiteTestSupport.Build(SampleLists.Create(), Out);

        File.Exists(Path.Combine(Out, "stale.html")).ShouldBeFalse();
        File.Exists(Path.Combine(Out, "index.html")).ShouldBeTrue();
        Directory.Exists(deadTemp).ShouldBeFalse();
        Directory.Exists(deadOld).ShouldBeFalse();
        Directory.Exists(unrelated).ShouldBeTrue();
        Directory.GetDirectories(_dir).Order(StringComparer.Ordinal).ToArray().ShouldBe(new[] { Out, unrelated }, "the replaced site is deleted too");
    }

    [Fact]
    public void Paths_that_escape_the_site_are_refused()
    {
        var pipeline = new SiteBuilder().Use(new FixedContributor("bad", "../outside.txt")).Build();

        Should.Throw<InvalidOperationException>(() => pipeline.Build(SampleLists.Create(), [], Out));

        File.Exists(Path.Combine(_dir, "outside.txt")).ShouldBeFalse();
        Directory.Exists(Out).ShouldBeFalse();
    }

    private static void AssertSame(SortedDictionary<string, byte[]> before, SortedDictionary<string, byte[]> after)
    {
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, bytes) in before)
        {
            after[path].SequenceEqual(bytes).ShouldBeTrue(path);
        }
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

    private sealed class FixedContributor(string name, string path) : ISiteContributor
    {
        public string Name => name;

        public IEnumerable<OutputFile> Contribute(ListSet lists) => [new OutputFile(path, [65])];
    }
}
