using PowerList.Diagnostics;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Versions;

public sealed class ReleaseStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-releases-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ReleaseInfo Create(string version, string date, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var release = new ReleaseStore(_root).Create(SampleLists.Create(_root), new ReleaseInfo { Version = version, Date = date, Title = $"{version} 年版", Document = "克政办发〔2024〕1号" }, bag);
        return release!;
    }

    private IReadOnlyList<Diagnostic> Verify()
    {
        var bag = new DiagnosticBag();
        new ReleaseStore(_root).Verify(bag);
        return bag.ToSortedList();
    }

    [Fact]
    public void Release_writes_snapshot_and_manifest_with_digest_and_counts()
    {
        var release = Create("2024", "2024-12-31");
        var snapshot = Path.Combine(_root, "releases", "2024.json");
        File.Exists(snapshot).ShouldBeTrue();
        release.Sha256.ShouldBe(ReleaseStore.Sha256Hex(File.ReadAllBytes(snapshot)));
        release.Entries.ShouldBe(3);
        release.PublicEntries.ShouldBe(2);

        var bag = new DiagnosticBag();
        var manifest = ReleaseManifestReader.Read(Path.Combine(_root, "releases.yaml"), bag);
        bag.HasErrors.ShouldBeFalse();
        var read = manifest.Releases.Single();
        (read.Version, read.Date, read.Title, read.Document, read.Sha256, read.Entries, read.PublicEntries)
            .ShouldBe(("2024", "2024-12-31", "2024 年版", "克政办发〔2024〕1号", release.Sha256, 3, 2));
        read.Sha256Location.Line.ShouldBe(9);
        Verify().ShouldBeEmpty();
    }

    [Fact]
    public void Releases_are_never_overwritten()
    {
        Create("2024", "2024-12-31");
        var before = File.ReadAllBytes(Path.Combine(_root, "releases", "2024.json"));
        var bag = new DiagnosticBag();
        new ReleaseStore(_root).Create(SampleLists.Create(_root) with { Categories = [] }, new ReleaseInfo { Version = "2024", Date = "2025-01-01", Title = "x" }, bag).ShouldBeNull();
        bag.ToSortedList().Single().Code.ShouldBe("PL0610");
        File.ReadAllBytes(Path.Combine(_root, "releases", "2024.json")).ShouldBe(before);
    }

    [Fact]
    public void Manifest_lists_releases_by_date()
    {
        Create("2025", "2025-06-30");
        Create("2024", "2024-12-31");
        var bag = new DiagnosticBag();
        new ReleaseStore(_root).ReadManifest(bag).Releases.Select(r => r.Version).ShouldBe(["2024", "2025"]);
    }

    [Fact]
    public void Verify_catches_a_one_byte_change()
    {
        Create("2024", "2024-12-31");
        Create("2025", "2025-06-30");
        var path = Path.Combine(_root, "releases", "2025.json");
        var bytes = File.ReadAllBytes(path);
        var at = Array.IndexOf(bytes, (byte)'6');
        bytes[at] = (byte)'7';
        File.WriteAllBytes(path, bytes);

        var found = Verify().Single();
        found.Code.ShouldBe("PL0607");
        found.Message.ShouldContain("releases/2025.json");
        found.Location.File.ShouldEndWith("releases.yaml");
        found.Location.Line.ShouldBe(17);
    }

    [Fact]
    public void Verify_reports_missing_and_unlisted_snapshots()
    {
        Create("2024", "2024-12-31");
        File.Move(Path.Combine(_root, "releases", "2024.json"), Path.Combine(_root, "releases", "2024b.json"));
        Verify().Select(d => d.Code).ShouldBe(["PL0608", "PL0606"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("current")]
    [InlineData("-2024")]
    [InlineData("2024/1")]
    [InlineData("a..b")]
    [InlineData("")]
    [InlineData("123456789012345678901234567890123")]
    public void Bad_version_names_are_refused(string version)
    {
        var bag = new DiagnosticBag();
        new ReleaseStore(_root).Create(SampleLists.Create(_root), new ReleaseInfo { Version = version, Date = "2024-12-31" }, bag).ShouldBeNull();
        bag.ToSortedList().Single().Code.ShouldBe("PL0603");
        Directory.Exists(Path.Combine(_root, "releases")).ShouldBeFalse();
    }

    [Fact]
    public void Manifest_problems_have_positions()
    {
        File.WriteAllText(Path.Combine(_root, "releases.yaml"),
            "releases:\n  - version: \"2024\"\n    date: \"2024-12-31\"\n  - version: \"2024\"\n    date: \"2024-13-01\"\n    colour: red\n");
        var found = Verify();
        found.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}").ShouldBe(["4:14 PL0605", "5:11 PL0604", "6:5 PL0602", "2:5 PL0606"], ignoreOrder: true);
    }
}
