using System.Text;
using PowerList.Building;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Pipeline;

namespace PowerList.Tests.Site.Pipeline;

/// <summary>
/// A warm rebuild that keeps outputs in bulk (<see cref="IncrementalSession.BulkKeep"/>: <c>serve</c>'s case) does not
/// claim a kept output's path one by one, yet a kept output that clashes with a written one, or with a kept one, is
/// the same bug as two written outputs at one path: the build fails with <see cref="DuplicateOutputException"/> and the
/// site stays as it was.
/// </summary>
public sealed class KeptOutputClashTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("kept-clash");
    private readonly WarmBuild _warm = new();
    private readonly Page _first = new("first", "a.html");
    private readonly Page _second = new("second", "b.html");
    private readonly Carrying _carrying = new("a.html");

    private string Site => Path.Combine(_dir, "site");

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

    [Theory]
    [InlineData("a.html")]
    [InlineData("A.html")]
    public void A_written_output_at_a_kept_outputs_path_fails_the_build(string path)
    {
        Build();
        var before = SiteTestSupport.Snapshot(Site);

        _second.Path = path;
        var ex = Should.Throw<DuplicateOutputException>(Build);

        ex.Path.ShouldBe("a.html", "the kept output's path");
        ex.Message.ShouldContain("first");
        ex.Message.ShouldContain("second");
        SiteTestSupport.Snapshot(Site).Keys.ShouldBe(before.Keys, "nothing committed");
        File.ReadAllText(Path.Combine(Site, "b.html")).ShouldBe("second b.html");
    }

    [Fact]
    public void A_deferred_output_kept_at_a_kept_outputs_path_fails_the_build()
    {
        Build();
        var before = SiteTestSupport.Snapshot(Site);

        _carrying.Key = BuildManifest.TryLoad(Site).ShouldNotBeNull().Files["a.html"].Key;
        var ex = Should.Throw<DuplicateOutputException>(Build);

        ex.Path.ShouldBe("a.html");
        ex.Message.ShouldContain("first");
        ex.Message.ShouldContain("carrying");
        SiteTestSupport.Snapshot(Site).Keys.ShouldBe(before.Keys, "nothing committed");
    }

    [Fact]
    public void Without_a_clash_the_output_is_kept_and_the_move_written()
    {
        Build();
        var a = Path.Combine(Site, "a.html");
        File.SetLastWriteTimeUtc(a, GeneratedSiteFolder.Long);

        _second.Path = "c.html";
        Build();

        File.GetLastWriteTimeUtc(a).ShouldBe(GeneratedSiteFolder.Long, "kept, not written again");
        File.ReadAllText(Path.Combine(Site, "c.html")).ShouldBe("second c.html");
        File.Exists(Path.Combine(Site, "b.html")).ShouldBeFalse();
    }

    private void Build()
    {
        var pipeline = new SitePipeline([_first, _carrying, _second]) { Warm = _warm };
        var result = pipeline.Build(SampleLists.Create(), [], Site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    /// <summary>One recorded page at <see cref="Path"/>, whose bytes say which contributor made it where.</summary>
    private sealed class Page(string name, string path) : IPlannedContributor
    {
        public string Name => name;

        public string Fingerprint => "1";

        public string Path { get; set; } = path;

        public IEnumerable<PlannedOutput> Plan(ListSet lists)
        {
            var at = Path;
            yield return PlannedOutput.Recorded(at, read => Encoding.UTF8.GetBytes($"{name} {at}"));
        }

        public IEnumerable<OutputFile> Contribute(ListSet lists) => Plan(lists).Select(p => new OutputFile(p.Path, p.Render()));
    }

    /// <summary>Gives <paramref name="path"/> as kept with <see cref="Key"/> once that is set and the session keeps files; else nothing.</summary>
    private sealed class Carrying(string path) : IDeferredContributor
    {
        public string Name => "carrying";

        public UInt128? Key { get; set; }

        public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists) => [];

        public IEnumerable<DeferredOutput> ContributeDeferred(ListSet lists, bool keep) =>
            keep && Key is { } key ? [DeferredOutput.Kept(path, key)] : [];

        public IEnumerable<OutputFile> Contribute(ListSet lists) => [];
    }
}
