using System.Collections.Immutable;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;
using PowerList.Validation;
using PowerList.Writing;

namespace PowerList.Tests.Building;

/// <summary>
/// The read index (<see cref="ReadIndex"/>): from each identity to the outputs that read it. A warm rebuild
/// (<c>serve</c>) keeps a contributor's unaffected outputs in bulk and visits only those whose read set meets a changed
/// identity, plus files whose place in the plan changed. Which files a rebuild wrote is read from their time stamps
/// (every file is marked old before the change); which it should write, from the two manifests: exactly the recorded
/// outputs that read an identity whose hash differs between them.
/// </summary>
public sealed class ReadIndexTests : IDisposable
{
    private readonly GeneratedSiteFolder _folder = new("readindex", 160, seed: 7);

    private string Lists => _folder.Lists;

    private string Site => _folder.Site;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_index_lists_each_identitys_readers_and_asks_only_the_identities_read()
    {
        ManifestItem Item(params int[] reads) => new(1, 1, reads);
        var files = new List<KeyValuePair<string, ManifestItem>>
        {
            new("other/before.html", Item(4)),
            new("a.html", Item(0, 1)),
            new("b.html", Item(1, 2)),
            new("plain.txt", new ManifestItem(1, 1)),
            new("c.html", Item(1)),
        };

        var index = ReadIndex.Of(files, start: 1, count: 4, identities: 5);
        index.Readers(0).ToArray().ShouldBe([0]);
        index.Readers(1).ToArray().ShouldBe([0, 1, 3]);
        index.Readers(2).ToArray().ShouldBe([1]);
        index.Readers(4).ToArray().ShouldBeEmpty("read only outside the slice");
        index.Readers(9).ToArray().ShouldBeEmpty("outside the table");

        var asked = new List<int>();
        var affected = index.Affected(4, i =>
        {
            asked.Add(i);
            return i == 2;
        });
        asked.ShouldBe([0, 1, 2], "identities 3 and 4 are read by no output of the slice");
        affected.ShouldBe([false, true, false, false]);
        index.Affected(4, i => i == 1).ShouldBe([true, true, false, true]);
    }

    [Fact]
    public void An_entry_edit_renders_exactly_the_outputs_that_read_what_changed_and_visits_no_other()
    {
        _folder.WarmBuild();
        _folder.WarmBuild();
        var before = Manifest();
        var lists = SiteTestSupport.Load(Lists);
        var file = lists.Files[0];
        var edited = file.Entries[2];
        _folder.WriteEntries(lists, file, file.Entries.SetItem(2, edited with { Name = edited.Name + "（已修改）" }));

        // The session alone, as the pipeline drives it: the pages contributor's unaffected outputs are kept in bulk.
        MarkOld();
        var pipeline = Pipeline();
        var pages = (IPlannedContributor)pipeline.Contributors.First(c => c.Name == "pages");
        var session = new IncrementalSession(Site, warm: _folder.Warm.Site) { BulkKeep = true };
        session.Trusted.ShouldBeTrue();
        var visited = session.Resolve(pages, PowerList.Model.PublishedLists.Of(_folder.LoadWarm())).ToList();
        var (kept, _) = session.TakeKept();
        var entryPage = $"entry/{edited.Code}/index.html";
        visited.ShouldContain(o => o.Path == entryPage && o.Content != null, "the edited entry's page is rendered");
        visited.Where(o => o.Carried is not null).ShouldBeEmpty("no reused page is handed on: unaffected pages are kept in bulk");
        kept.ShouldBeGreaterThan(0);
        var recordedVisited = visited.Count(o => o.Recorded is not null);
        recordedVisited.ShouldBe(session.Rendered, "every recorded output handed on was rendered: none visited only to be reused");
        var pagesOutputs = before.Files.Count(f => Reads(before, f.Value, new Identity(IdentityKind.Contributor, "pages")));
        (kept + recordedVisited).ShouldBe(pagesOutputs, "every other page is kept without a visit");
        recordedVisited.ShouldBeLessThan(pagesOutputs / 10);

        // The whole pipeline: the rewritten outputs are exactly those that read a changed identity.
        _folder.Warm.Clear();
        _folder.WarmBuild();
        _folder.WarmBuild();
        before = Manifest();
        lists = SiteTestSupport.Load(Lists);
        file = lists.Files[0];
        _folder.WriteEntries(lists, file, file.Entries.SetItem(2, file.Entries[2] with { Name = edited.Name + "（再次修改）" }));
        MarkOld();
        _folder.WarmBuild();
        var after = Manifest();
        var expected = ExpectedRendered(before, after);
        expected.ShouldContain(entryPage);
        Rewritten(before).ShouldBe(expected, ignoreOrder: true);
        expected.Count.ShouldBeLessThan(before.Files.Count(f => f.Value.Reads is not null) / 10);
        ShouldEqualCleanBuild();
    }

    [Fact]
    public void A_template_edit_renders_every_page_again()
    {
        var templates = _folder.In("templates");
        SiteTestSupport.CopyFolder(SiteTestSupport.Templates, templates);
        _folder.WarmBuild(templates: templates);
        _folder.WarmBuild(templates: templates);
        var before = Manifest();
        var entryTemplate = Directory.GetFiles(templates, "entry.*", SearchOption.AllDirectories).First();
        File.AppendAllText(entryTemplate, "\n");
        MarkOld();
        _folder.WarmBuild(templates: templates);

        var pages = before.Files.Where(f => Reads(before, f.Value, new Identity(IdentityKind.Contributor, "pages"))).Select(f => f.Key).ToList();
        pages.Count.ShouldBeGreaterThan(100);
        var rewritten = Rewritten(before);
        pages.Where(p => !rewritten.Contains(p)).ShouldBeEmpty("a template is read by every page of its contributor");
    }

    [Fact]
    public void A_new_entry_adds_its_page_and_renders_the_lists_of_its_category_and_department()
    {
        _folder.WarmBuild();
        _folder.WarmBuild();
        var before = Manifest();
        var lists = SiteTestSupport.Load(Lists);
        var file = lists.Files[0];
        var added = file.Entries[0] with { Code = file.Entries[^1].Code + "-N", Name = "新增的职权事项：对新增违法行为的处罚" };
        _folder.WriteEntries(lists, file, file.Entries.Add(added));
        MarkOld();
        _folder.WarmBuild();
        var after = Manifest();

        var page = $"entry/{added.Code}/index.html";
        before.Files.ContainsKey(page).ShouldBeFalse();
        after.Files.ContainsKey(page).ShouldBeTrue();
        var rewritten = Rewritten(before);
        var category = after.Identities.ToList().IndexOf(new Identity(IdentityKind.InCategory, added.Category));
        category.ShouldBeGreaterThanOrEqualTo(0);
        var categoryLists = after.Files.Where(f => f.Value.Reads?.Contains(category) == true).Select(f => f.Key).ToList();
        categoryLists.ShouldNotBeEmpty();
        categoryLists.Where(p => !rewritten.Contains(p)).ShouldBeEmpty("every page listing the category's entries shows the new one");
        Rewritten(before).Where(p => before.Files.ContainsKey(p)).ShouldBe(ExpectedRendered(before, after), ignoreOrder: true);
        ShouldEqualCleanBuild();
    }

    public static TheoryData<string> Kinds => new(ChangeKinds.All.Select(k => k.Name));

    /// <summary>Every kind of change of docs/format.md (<see cref="ChangeKinds"/>) through serve's warm path, outputs kept in bulk.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_warm_rebuild_keeping_outputs_in_bulk_equals_a_clean_build_after_every_kind_of_change(string change)
    {
        var templates = _folder.In("templates");
        SiteTestSupport.CopyFolder(SiteTestSupport.Templates, templates);
        var row = ChangeKinds.Named(change);
        var folders = new ChangeKinds.Folders(Lists, templates);
        _folder.WarmBuild(templates: templates);
        if (row.Setup is not null)
        {
            _folder.WriteLists(row.Setup(folders, SiteTestSupport.Load(Lists)));
            _folder.WarmBuild(templates: templates);
        }

        _folder.WarmBuild(templates: templates);
        _folder.WriteLists(row.Edit(folders, SiteTestSupport.Load(Lists)));
        _folder.WarmBuild(templates: templates);
        ShouldEqualCleanBuild(templates);
    }

    /// <summary>The recorded outputs of <paramref name="before"/> that read an identity whose hash differs in <paramref name="after"/> (or is gone).</summary>
    private static List<string> ExpectedRendered(BuildManifest before, BuildManifest after)
    {
        var now = new Dictionary<Identity, UInt128>();
        for (var i = 0; i < after.Identities.Count; i++)
        {
            now[after.Identities[i]] = after.Hashes[i];
        }

        var changed = new bool[before.Identities.Count];
        for (var i = 0; i < changed.Length; i++)
        {
            changed[i] = !now.TryGetValue(before.Identities[i], out var hash) || hash != before.Hashes[i];
        }

        return before.Files
            .Where(f => f.Value.Reads is { } reads && reads.Any(i => changed[i]) && after.Files.ContainsKey(f.Key))
            .Select(f => f.Key)
            .ToList();
    }

    private static bool Reads(BuildManifest manifest, ManifestItem item, Identity identity) =>
        item.Reads is { } reads && reads.Any(i => manifest.Identities[i] == identity);

    /// <summary>The recorded outputs of <paramref name="before"/> written again since <see cref="MarkOld"/>.</summary>
    private List<string> Rewritten(BuildManifest before) =>
        before.Files.Where(f => f.Value.Reads is not null)
            .Select(f => f.Key)
            .Where(p => File.Exists(Path.Combine(Site, p)) && File.GetLastWriteTimeUtc(Path.Combine(Site, p)) != GeneratedSiteFolder.Long)
            .ToList();

    private BuildManifest Manifest() => BuildManifest.TryLoad(Site).ShouldNotBeNull();

    private void ShouldEqualCleanBuild(string? templates = null)
    {
        var clean = _folder.In("clean");
        _folder.ColdBuild(clean, incremental: false, templates);
        SiteTestSupport.ShouldBeSameSite(Site, clean, "the change");
    }

    private static SitePipeline Pipeline(string? templates = null) => SiteDefaults.Create(templates ?? SiteTestSupport.Templates).Build();

    /// <summary>Every file but the manifest (whose stamp tells the warm build the site is the one it left).</summary>
    private void MarkOld() => GeneratedSiteFolder.MarkOld(Site, exceptManifest: true);
}
