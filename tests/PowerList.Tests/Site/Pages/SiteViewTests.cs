using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Generation;
using PowerList.Model;
using PowerList.Output;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site.Pages;

/// <summary>
/// The recording view (<see cref="SiteView"/>): each accessor records exactly the identity of what it returns, a
/// derived identity hashes what its accessor returns (and nothing else), and a rebuild renders again exactly the
/// pages whose recorded reads meet a changed record (docs/architecture.md, "How a rebuild decides what to redo").
/// </summary>
public sealed class SiteViewTests : IDisposable
{
    private static readonly DateTime Long = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _dir = SiteTestSupport.NewTempFolder("site-view");

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

    [Fact]
    public void Reading_through_the_view_records_exactly_the_identities_read()
    {
        var lists = SampleLists.Create();
        var read = new ReadSet();
        var view = new SiteView(SiteData.Of(lists), new PageFrames(lists.Site, SiteFeatures.None), read);

        view.Entry(SampleLists.FullEntryCode).ShouldNotBeNull();
        view.DepartmentName("fgw").ShouldBe("克拉玛依市发展和改革委员会");
        view.CountCiting("price-law").ShouldBe(1, "the secret entry citing it is not counted");
        var members = view.InCategory("cf");
        view.IsPublished(SampleLists.SecretCode).ShouldBeFalse();
        _ = view.Frames;

        read.Read.Select(i => i.ToString()).ShouldBe(
        [
            $"Entry:{SampleLists.FullEntryCode}", "DepartmentName:fgw", "CountCiting:price-law", "InCategory:cf",
            $"Published:{SampleLists.SecretCode}", "Site",
        ]);
        members.Select(m => m.Code).ShouldNotContain(SampleLists.SecretCode);

        // Reading a member in full is a read of that entry, and of no other.
        var before = read.Read.Count;
        view.Entry(members[0]).Code.ShouldBe(members[0].Code);
        read.Read.Skip(before).Select(i => i.ToString()).ShouldBe([$"Entry:{members[0].Code}"]);
    }

    [Fact]
    public void An_entry_page_records_the_records_it_shows_and_not_others()
    {
        var lists = SampleLists.Create();
        var read = new ReadSet();
        var view = new SiteView(SiteData.Of(lists), new PageFrames(lists.Site, SiteFeatures.None), read);

        EntryPageModel.Create(view, SampleLists.FullEntryCode);

        var ids = read.Read.Select(i => i.ToString()).ToHashSet();
        ids.ShouldContain($"Entry:{SampleLists.FullEntryCode}");
        ids.ShouldContain("Site");
        ids.ShouldContain("CategoryName:cf");
        ids.ShouldContain("Department:fgw");
        ids.ShouldContain("Law:price-law");
        ids.ShouldContain("Law:old-price-rules");
        ids.ShouldNotContain("Law:food-safety-law", "the entry does not cite it");
        ids.ShouldNotContain("Department:scjgj");
        ids.ShouldNotContain(i => i.StartsWith("Entry:", StringComparison.Ordinal) && i != $"Entry:{SampleLists.FullEntryCode}");
    }

    [Fact]
    public void A_derived_identity_hashes_what_its_accessor_returns()
    {
        var lists = SampleLists.Create();
        var file = lists.Files.First(f => f.Entries.Any(e => e.Code == SampleLists.FullEntryCode));
        var at = file.Entries.Select((e, i) => (e, i)).First(x => x.e.Code == SampleLists.FullEntryCode).i;
        var renamed = lists with
        {
            Files = lists.Files.SetItem(lists.Files.IndexOf(file), file with { Entries = file.Entries.SetItem(at, file.Entries[at] with { Name = "改名后的事项" }) }),
        };

        var (a, b) = (SiteData.Of(lists), SiteData.Of(renamed));
        var entry = new Identity(IdentityKind.Entry, SampleLists.FullEntryCode);
        var members = new Identity(IdentityKind.InCategory, "cf");
        var count = new Identity(IdentityKind.CountInCategory, "cf");
        b.Of(entry).ShouldNotBe(a.Of(entry), "the entry changed");
        b.Of(members).ShouldBe(a.Of(members), "a list's members are its codes, categories and departments: a name is not one");
        b.Of(count).ShouldBe(a.Of(count));
        b.Of(new Identity(IdentityKind.Site, "")).ShouldBe(a.Of(new Identity(IdentityKind.Site, "")));
        a.Of(new Identity(IdentityKind.Entry, SampleLists.SecretCode)).ShouldBe(UInt128.Zero, "not public: no entry");
    }

    /// <summary>
    /// After one entry's name changes, the only record that hashes differently is that entry (with the derived values
    /// made of it, such as the latest changes), and the pages rendered again are exactly those whose recorded reads
    /// meet one of those identities (its page, the list pages showing its row, the pages of the laws it cites); every
    /// other page is reused.
    /// </summary>
    [Fact]
    public void A_changed_record_renders_again_exactly_the_pages_that_read_it()
    {
        var root = Path.Combine(_dir, "lists");
        ListGenerator.Generate(120, seed: 11, root);
        var lists = PowerList.Loading.ListLoader.Load(root).Lists;
        var site = Path.Combine(_dir, "site");
        SiteTestSupport.Build(lists, site).Written.ShouldBeTrue();
        foreach (var f in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(f, Long);
        }

        var manifest = BuildManifest.TryLoad(site).ShouldNotBeNull();
        var file = lists.Files[0];
        var code = file.Entries[1].Code;
        var edited = lists with
        {
            Files = lists.Files.SetItem(0, file with { Entries = file.Entries.SetItem(1, file.Entries[1] with { Name = file.Entries[1].Name + "（改）" }) }),
        };
        // The versions outputs (histories, feeds, downloads) read through the versions data, which answers for every identity.
        var now = new PowerList.Versions.Pages.VersionsData(
            PowerList.Versions.Publishing.ReleaseTimeline.Of(PowerList.Versions.Snapshots.ReleaseLoader.Load(root), edited), SiteData.Of(edited));
        var changed = Enumerable.Range(0, manifest.Identities.Count)
            .Where(i => manifest.Identities[i].Kind != IdentityKind.Contributor && now.Of(manifest.Identities[i]) != manifest.Hashes[i])
            .ToHashSet();
        changed.Select(i => manifest.Identities[i])
            .Where(id => id.Kind is IdentityKind.Entry or IdentityKind.Law or IdentityKind.Department or IdentityKind.Category or IdentityKind.Site)
            .ShouldBe([new Identity(IdentityKind.Entry, code)]);
        var readers = manifest.Files.Where(f => f.Value.Reads is { } reads && reads.Any(changed.Contains)).Select(f => f.Key).ToHashSet();
        var recorded = manifest.Files.Where(f => f.Value.Reads is not null).Select(f => f.Key).ToList();
        readers.ShouldContain(SiteUrls.FileOf(SiteUrls.Entry(code)));
        readers.Count.ShouldBeLessThan(recorded.Count / 4, "most pages do not show the entry");

        SiteTestSupport.Build(edited, site).Written.ShouldBeTrue();

        var rendered = recorded.Where(p => File.GetLastWriteTimeUtc(Path.Combine(site, p)) != Long).ToHashSet();
        rendered.OrderBy(p => p, StringComparer.Ordinal).ShouldBe(readers.OrderBy(p => p, StringComparer.Ordinal));
    }
}
