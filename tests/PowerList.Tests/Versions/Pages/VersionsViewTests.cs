using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Diagnostics;
using PowerList.Generation;
using PowerList.Site.Pages;
using PowerList.Tests.Site;
using PowerList.Versions.Diffing;
using PowerList.Versions.Pages;
using PowerList.Versions.Publishing;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Versions.Pages;

/// <summary>
/// The versions outputs read through the recording view (<see cref="VersionsView"/>) like every page: a history page
/// records the entry's history (made of the releases and the current entry) and where the codes it links to can be
/// read; a release is one identity whose hash is its snapshot; after a release is added, a rebuild renders again
/// exactly the outputs whose recorded reads changed, among them every one that reads the release list, and reuses what
/// reads older releases alone (docs/architecture.md, "How a rebuild decides what to redo").
/// </summary>
public sealed class VersionsViewTests : IDisposable
{
    private const string Code = "650200-FGW-CF-0001";
    private static readonly DateTime Long = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = SiteTestSupport.NewTempFolder("versions-view");

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

    private static VersionSide Fixture(string version) => VersionTestFiles.Side(Path.Combine(VersionTestFiles.Folder("ThreeReleases"), version + ".json"));

    private static VersionsData Data(VersionSide current, params string[] releases) =>
        new(new ReleaseTimeline(releases.Select(Fixture), current), SiteData.Of(current.Lists));

    [Fact]
    public void A_history_page_records_the_entrys_history_and_its_links_not_the_lists_in_full()
    {
        var current = Fixture("current");
        var data = Data(current, "2023", "2024", "2025");
        var read = new ReadSet();
        var view = new VersionsView(data, new PageFrames(current.Lists.Site, new SiteFeatures(false, true)), read);

        var (history, name) = view.History(Code);
        HistoryPageModel.Create(history, name, view.Frames, view.Links);

        var ids = read.Read.Select(i => i.ToString()).ToHashSet();
        ids.ShouldContain($"History:{Code}");
        ids.ShouldContain($"EntryLink:{Code}");
        ids.ShouldContain("Site");
        ids.ShouldNotContain("Lists", "a history page does not read the current lists in full");
        ids.ShouldNotContain("Releases", "nor the list of releases");
        ids.ShouldNotContain(i => i.StartsWith("History:", StringComparison.Ordinal) && i != $"History:{Code}");
    }

    [Fact]
    public void A_history_hashes_the_releases_and_the_entry_it_is_made_of()
    {
        var current = Fixture("current");
        var (two, three) = (Data(current, "2023", "2024"), Data(current, "2023", "2024", "2025"));
        var history = (string code) => new Identity(IdentityKind.History, code);

        // A release added changes exactly the histories it adds an event to (or whose events it changes).
        var codes = three.Histories.Select(h => h.Code).Where(c => two.Histories.Any(h => h.Code == c)).ToList();
        var changed = codes.Where(c => ModelHash.Of(two.History(c).History) != ModelHash.Of(three.History(c).History)).ToList();
        var same = codes.Except(changed).ToList();
        changed.ShouldNotBeEmpty();
        same.ShouldNotBeEmpty();
        changed.ShouldAllBe(c => two.Of(history(c)) != three.Of(history(c)));
        same.ShouldAllBe(c => two.Of(history(c)) == three.Of(history(c)));

        // The release list changed; the releases themselves did not.
        two.Of(new Identity(IdentityKind.Releases, "")).ShouldNotBe(three.Of(new Identity(IdentityKind.Releases, "")));
        two.Of(new Identity(IdentityKind.Release, "2023")).ShouldBe(three.Of(new Identity(IdentityKind.Release, "2023")));

        // The current entry's name is on its history page: renaming it changes its history's hash, and only its.
        var lists = current.Lists;
        var file = lists.Files.First(f => f.Entries.Any(e => e.Code == Code));
        var at = file.Entries.Select((e, i) => (e, i)).First(x => x.e.Code == Code).i;
        var renamed = current with
        {
            Lists = lists with { Files = lists.Files.SetItem(lists.Files.IndexOf(file), file with { Entries = file.Entries.SetItem(at, file.Entries[at] with { Name = "改名后的事项" }) }) },
        };
        var after = Data(renamed, "2023", "2024", "2025");
        after.Of(history(Code)).ShouldNotBe(three.Of(history(Code)));
        after.History(Code).Name.ShouldBe("改名后的事项");
        var other = three.Histories.Select(h => h.Code).First(c => c != Code && !after.History(c).History.Events.Any(e => e.Replaces.Any(r => r.Code == Code) || e.ReplacedBy == Code));
        after.Of(history(other)).ShouldBe(three.Of(history(other)));
    }

    [Fact]
    public void After_a_release_is_added_exactly_the_outputs_whose_reads_changed_are_made_again()
    {
        var root = Path.Combine(_dir, "lists");
        ListGenerator.Generate(60, seed: 5, root);
        var lists = SiteTestSupport.Load(root);
        var store = new ReleaseStore(root);
        store.Create(lists, new ReleaseInfo { Version = "2023", Date = "2023-12-31", Title = "2023 年版" }, new DiagnosticBag()).ShouldNotBeNull();

        // The current lists differ from 2023 by one renamed entry; 2024 is released from them later.
        var file = lists.Files[0];
        var edited = lists with
        {
            Files = lists.Files.SetItem(0, file with { Entries = file.Entries.SetItem(1, file.Entries[1] with { Name = file.Entries[1].Name + "（改）" }) }),
        };
        var site = Path.Combine(_dir, "site");
        SiteTestSupport.Build(edited, site).Written.ShouldBeTrue();
        foreach (var f in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(f, Long);
        }

        var before = BuildManifest.TryLoad(site).ShouldNotBeNull();
        store.Create(edited, new ReleaseInfo { Version = "2024", Date = "2024-12-31", Title = "2024 年版" }, new DiagnosticBag()).ShouldNotBeNull();
        SiteTestSupport.Build(edited, site).Written.ShouldBeTrue();
        var after = BuildManifest.TryLoad(site).ShouldNotBeNull();

        var now = new Dictionary<Identity, UInt128>();
        for (var i = 0; i < after.Identities.Count; i++)
        {
            now[after.Identities[i]] = after.Hashes[i];
        }

        var changed = Enumerable.Range(0, before.Identities.Count)
            .Where(i => !now.TryGetValue(before.Identities[i], out var hash) || hash != before.Hashes[i])
            .ToHashSet();
        var recorded = after.Files.Where(f => f.Value.Reads is not null).Select(f => f.Key).ToList();
        var expected = recorded
            .Where(p => !before.Files.TryGetValue(p, out var old) || old.Reads is not { } reads || reads.Any(changed.Contains))
            .ToHashSet();
        var rendered = recorded.Where(p => File.GetLastWriteTimeUtc(Path.Combine(site, p)) != Long).ToHashSet();
        rendered.OrderBy(p => p, StringComparer.Ordinal).ShouldBe(expected.OrderBy(p => p, StringComparer.Ordinal));

        changed.Select(i => before.Identities[i]).ShouldContain(new Identity(IdentityKind.Releases, ""));
        changed.Select(i => before.Identities[i]).ShouldNotContain(new Identity(IdentityKind.Release, "2023"), "2023's snapshot is the same");
        var releases = before.Identities.ToList().IndexOf(new Identity(IdentityKind.Releases, ""));
        var readers = before.Files.Where(f => f.Value.Reads is { } reads && reads.Contains(releases)).Select(f => f.Key).ToList();
        readers.ShouldContain("versions/index.html");
        readers.ShouldContain("feed.xml");
        readers.ShouldAllBe(p => rendered.Contains(p), "every output that reads the release list is made again");

        var old = recorded.Where(p => before.Files.ContainsKey(p) && (p.StartsWith("data/releases/2023/", StringComparison.Ordinal) || p.StartsWith("v/2023/", StringComparison.Ordinal))).ToList();
        old.Count.ShouldBeGreaterThan(60, "2023's downloads and copy");
        old.ShouldAllBe(p => !rendered.Contains(p), "what reads 2023 alone is reused");
        var compareOld = recorded.Where(p => p.StartsWith("data/compare/2023...", StringComparison.Ordinal) && before.Files.ContainsKey(p)).ToList();
        compareOld.ShouldNotBeEmpty();
        compareOld.ShouldAllBe(p => !rendered.Contains(p), "the downloads of 2023 against the current lists read neither the release list nor 2024");
        rendered.Count.ShouldBeLessThan(recorded.Count / 2, "most outputs are reused");
    }
}
