using PowerList.Tests.Site;
using PowerList.Composition;
using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Site;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Site.Pipeline;
using PowerList.Validation;
using PowerList.Writing;

namespace PowerList.Tests.Building;

/// <summary>
/// Warm rebuilds as <c>serve</c> runs them (lists kept by <see cref="LoadCache"/>, one <see cref="WarmBuild"/>):
/// after every kind of change the site equals a clean build; unchanged pages are reused through their tokens; the
/// remembered manifest is trusted only while the site's manifest file is the one this process wrote.
/// </summary>
public sealed class WarmSiteTests : IDisposable
{
    private readonly GeneratedSiteFolder _folder = new("warm", 120, seed: 11);

    private string Lists => _folder.Lists;

    private string Site => _folder.Site;

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, bool> Changes
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var change in new[] { "edit", "add", "delete", "rename", "department", "law", "adjustment", "unpublish-replaced", "move", "release", "nothing" })
            {
                data.Add(change, false);
                data.Add(change, true);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_warm_rebuild_after_a_change_equals_a_clean_build(string change, bool withRelease)
    {
        if (withRelease)
        {
            Release("2024");
        }

        _folder.WarmBuild();
        _folder.WarmBuild();
        GeneratedSiteFolder.MarkOld(Site, exceptManifest: true);
        Apply(change);
        _folder.WarmBuild();

        var clean = _folder.In("clean");
        _folder.ColdBuild(clean, incremental: false);
        SiteTestSupport.ShouldBeSameSite(Site, clean, change);

        var pages = Directory.GetFiles(Site, "index.html", SearchOption.AllDirectories);
        var rendered = pages.Count(f => File.GetLastWriteTimeUtc(f) != GeneratedSiteFolder.Long);
        if (change == "nothing")
        {
            rendered.ShouldBe(0, "nothing changed: every page is reused");
        }
        else if (change is "edit" or "rename" or "move" or "adjustment")
        {
            rendered.ShouldBeGreaterThan(0);
            rendered.ShouldBeLessThan(pages.Length / 4, $"{change}: only the pages that show the change are rendered");
        }
    }

    [Fact]
    public void A_warm_rebuild_trusts_the_site_it_wrote_and_checks_it_again_once_its_manifest_changed()
    {
        _folder.WarmBuild();
        var page = Directory.GetFiles(Path.Combine(Site, "entry"), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();

        // The documented trade: a page deleted by hand while serve runs is not noticed by its rebuilds...
        File.Delete(page);
        _folder.WarmBuild();
        File.Exists(page).ShouldBeFalse("the warm rebuild trusts the site it wrote last");

        // ...but once the manifest file is not the one this process left (another build wrote it), every file is checked again.
        var manifest = Path.Combine(Site, BuildManifest.FileName);
        File.SetLastWriteTimeUtc(manifest, File.GetLastWriteTimeUtc(manifest).AddSeconds(-10));
        _folder.WarmBuild();
        File.Exists(page).ShouldBeTrue("a manifest this process did not leave: files are checked, the missing page is written again");

        File.Delete(page);
        _folder.ColdBuild(Site, incremental: true);
        File.Exists(page).ShouldBeTrue("a cold build checks every file");
    }

    [Fact]
    public void The_remembered_site_is_taken_once_and_only_for_its_folder_and_manifest()
    {
        _folder.WarmBuild();
        var state = _folder.Warm.Site;
        state.Take(_folder.In("elsewhere")).ShouldBeNull("another folder");
        state.Take(Path.GetFullPath(Site)).ShouldBeNull("taken (and forgotten) by the call before");

        _folder.WarmBuild();
        var taken = state.Take(Path.GetFullPath(Site)).ShouldNotBeNull();
        taken.Files.Count.ShouldBe(BuildManifest.TryLoad(Site).ShouldNotBeNull().Files.Count);
        taken.Files.ShouldContainKey("index.html");
        var histories = taken.Files.Where(f => f.Key.EndsWith("/history/index.html", StringComparison.Ordinal)).ToList();
        histories.ShouldNotBeEmpty();
        histories.ShouldAllBe(f => f.Value.Reads != null && f.Value.Reads.Length > 0, "history pages' read sets are remembered like every page's");
        var manifest = BuildManifest.TryLoad(Site).ShouldNotBeNull();
        taken.Identities.ShouldBe(manifest.Identities, "the identity table is remembered as written");
        taken.Hashes.ShouldBe(manifest.Hashes);
        taken.Files["index.html"].Reads.ShouldNotBeNull().ShouldBe(manifest.Files["index.html"].Reads!, "the pages' read sets are remembered");

        _folder.WarmBuild();
        File.AppendAllText(Path.Combine(Site, BuildManifest.FileName), "x");
        state.Take(Path.GetFullPath(Site)).ShouldBeNull("the manifest file changed");
    }

    [Fact]
    public void A_warm_build_fills_the_lists_of_the_build_before_the_last()
    {
        var folder = Path.GetFullPath(_folder.In("spares"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, BuildManifest.FileName), "stub");
        var state = new WarmSite();
        List<KeyValuePair<string, ManifestItem>> first = [new("a.html", new ManifestItem(1, 10, [0]))];
        List<Identity> firstIdentities = [new(IdentityKind.Site, "")];
        List<UInt128> firstHashes = [7];
        state.Remember(folder, first, firstIdentities, firstHashes);
        var taken = state.Take(folder).ShouldNotBeNull();
        state.TakeSpares().ShouldBeNull("no build before the last yet");

        List<KeyValuePair<string, ManifestItem>> second = [new("b.html", new ManifestItem(2, 20, [0]))];
        state.Remember(folder, second, [new(IdentityKind.Site, "")], [8]);
        var again = state.Take(folder).ShouldNotBeNull();
        again.Files.ShouldBeSameAs(taken.Files, "the files by path of the build before are filled again");
        again.Files.Keys.ShouldBe(["b.html"]);
        again.Files["b.html"].Key.ShouldBe((UInt128)2);
        var spares = state.TakeSpares().ShouldNotBeNull();
        spares.Ordered.ShouldBeSameAs(first);
        spares.Identities.ShouldBeSameAs(firstIdentities);
        spares.Hashes.ShouldBeSameAs(firstHashes);
        spares.Files.ShouldBeNull("the files by path are refilled by the warm state itself");
        state.TakeSpares().ShouldBeNull("each spare is given once");
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("delete")]
    [InlineData("adjustment")]
    [InlineData("release")]
    public void With_the_manifest_deferred_the_site_holds_a_stub_until_the_kept_manifest_is_written_and_then_equals_a_clean_build(string change)
    {
        _folder.Warm.Site.DeferManifest = true;
        _folder.WarmBuild();
        WritePending().ShouldBeTrue();
        _folder.WarmBuild();
        Apply(change);
        _folder.WarmBuild();

        BuildManifest.TryLoad(Site).ShouldNotBeNull().Code.ShouldBe(BuildManifest.PendingCode, "serve's rebuild leaves the stub");
        var clean = _folder.In("clean");
        _folder.ColdBuild(clean, incremental: false);
        WritePending().ShouldBeTrue();
        SiteTestSupport.ShouldBeSameSite(Site, clean, change);
        _folder.Warm.Site.Take(Path.GetFullPath(Site)).ShouldNotBeNull("the manifest written while idle is the one the next rebuild trusts");
    }

    /// <summary>
    /// serve's rebuilds one after another on one warm state, as an editor makes them: the manifest deferred and written
    /// while idle, every kind of change in turn (an entry edited, adjusted, added, deleted, renamed; a department, the
    /// site, a category and a law renamed; an entry moved to another list; a release added). After every step the site is
    /// byte-identical to a clean build, an edit of one entry renders only the pages that show it, and what is remembered
    /// for the next rebuild is the manifest written.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serve_rebuilds_one_after_another_equal_clean_builds_and_remember_the_manifest_they_write(bool withRelease)
    {
        if (withRelease)
        {
            Release("2024");
        }

        _folder.Warm.Site.DeferManifest = true;
        _folder.WarmBuild();
        WritePending().ShouldBeTrue();
        var clean = _folder.In("clean");
        foreach (var change in new[] { "edit", "adjustment", "add", "delete", "rename", "edit", "department", "site", "category", "law", "move", "release", "edit" })
        {
            GeneratedSiteFolder.MarkOld(Site, exceptManifest: true);
            Apply(change);
            _folder.WarmBuild();
            if (change == "edit")
            {
                var pages = Directory.GetFiles(Site, "index.html", SearchOption.AllDirectories);
                var rendered = pages.Count(f => File.GetLastWriteTimeUtc(f) != GeneratedSiteFolder.Long);
                rendered.ShouldBeGreaterThan(0);
                rendered.ShouldBeLessThan(pages.Length / 4, "an edit of one entry renders only the pages that show it");
            }

            _folder.ColdBuild(clean, incremental: false);
            WritePending().ShouldBeTrue();
            SiteTestSupport.ShouldBeSameSite(Site, clean, change);
        }

        var taken = _folder.Warm.Site.Take(Path.GetFullPath(Site)).ShouldNotBeNull();
        var manifest = BuildManifest.TryLoad(Site).ShouldNotBeNull();
        taken.Files.Keys.Order(StringComparer.Ordinal).ShouldBe(manifest.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, item) in manifest.Files)
        {
            var kept = taken.Files[path];
            (kept.Key, kept.Length).ShouldBe((item.Key, item.Length), path);
            Read(kept.Reads, taken.Identities).ShouldBe(Read(item.Reads, manifest.Identities), path);
        }
    }

    /// <summary>
    /// serve asks only identities whose records may have changed (<see cref="PowerList.Building.Dependencies.RecordChanges"/>,
    /// from which list files are new objects): the changes that shortcut could get wrong, one after another, each
    /// step equal to a clean build.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serve_rebuilds_after_changes_only_some_records_see_equal_clean_builds(bool withRelease)
    {
        if (withRelease)
        {
            Release("2024");
        }

        _folder.Warm.Site.DeferManifest = true;
        _folder.WarmBuild();
        var clean = _folder.In("clean");
        foreach (var change in new[]
                 {
                     "edit", "move", "reorder", "reuse-code", "cite-other-law", "unpublish", "republish", "end", "edit", "edit-other",
                     "end-reason", "edit-other", "resume", "edit-other", "law", "edit", "delete-file", "edit", "department-order", "edit",
                     "nothing",
                 })
        {
            Apply(change);
            _folder.WarmBuild();
            _folder.ColdBuild(clean, incremental: false);
            WritePending().ShouldBeTrue();
            SiteTestSupport.ShouldBeSameSite(Site, clean, change);
        }
    }

    private static List<string> Read(int[]? reads, IReadOnlyList<PowerList.Building.Dependencies.Identity> table) =>
        [.. (reads ?? []).Select(i => table[i].ToString()).Order(StringComparer.Ordinal)];

    /// <summary>
    /// serve's first build (<see cref="WarmBuild.DeferSearchIndex"/>) keeps the search documents without their index, so
    /// the index is not held through the versions stage; made after the build, it is the index the build made, and the
    /// next rebuild patches it into a site equal to a clean build. Without the option the build keeps its index.
    /// </summary>
    [Fact]
    public void Serves_first_build_keeps_the_search_documents_and_the_index_is_made_after_it()
    {
        var plain = new WarmBuild();
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Build();
        pipeline.Warm = plain;
        pipeline.Build(_folder.LoadWarm(), Array.Empty<Diagnostic>(), _folder.In("plain")).Written.ShouldBeTrue();
        plain.SearchIndexPending.ShouldBeFalse("a warm build without the option keeps its index");
        plain.Search.Index.ShouldNotBeNull();

        _folder.Warm.DeferSearchIndex = true;
        _folder.WarmBuild();
        _folder.Warm.SearchIndexPending.ShouldBeTrue("the first build does not keep the index");
        _folder.Warm.Search.Index.ShouldBeNull();
        var documents = _folder.Warm.Search.Documents.ShouldNotBeNull();
        _folder.Warm.CompleteSearchIndex().ShouldBeTrue();
        _folder.Warm.CompleteSearchIndex().ShouldBeFalse("made once");
        var made = _folder.Warm.Search.Index.ShouldNotBeNull();
        var built = plain.Search.Index!;
        made.Terms.ShouldBe(built.Terms);
        made.PostingCount.ShouldBe(built.PostingCount);
        made.Postings.Keys.Take(200).ShouldAllBe(t => made.Postings[t].SequenceEqual(built.Postings[t]));
        documents.Count.ShouldBe(plain.Search.Documents!.Count);

        foreach (var change in new[] { "edit", "add" })
        {
            var kept = _folder.Warm.Search.Index;
            Apply(change);
            _folder.WarmBuild();
            _folder.Warm.SearchIndexPending.ShouldBeFalse($"{change}: a rebuild keeps the index it made or patched");
            _folder.Warm.Search.Index.ShouldNotBeSameAs(kept);
            var clean = _folder.In("clean");
            _folder.ColdBuild(clean, incremental: false);
            SiteTestSupport.ShouldBeSameSite(Site, clean, change);
        }

        _folder.Warm.Clear();
        _folder.WarmBuild();
        _folder.Warm.SearchIndexPending.ShouldBeTrue("after a failed build (the warm state cleared) the next build is a first build again");
    }

    [Fact]
    public void A_serve_killed_before_writing_its_manifest_leaves_a_site_the_next_build_makes_right()
    {
        _folder.Warm.Site.DeferManifest = true;
        _folder.WarmBuild();
        WritePending().ShouldBeTrue();
        var full = File.ReadAllBytes(Path.Combine(Site, BuildManifest.FileName));
        var original = Directory.GetFiles(Lists, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        Apply("edit");
        _folder.WarmBuild(); // serve's rebuild; then serve is killed: its manifest is never written

        // The user undoes the edit and runs build: the stub makes it render everything (the edited pages too).
        foreach (var (path, text) in original)
        {
            File.WriteAllText(path, text);
        }

        var stub = File.ReadAllBytes(Path.Combine(Site, BuildManifest.FileName));
        BuildManifest.Parse(stub).ShouldNotBeNull().Code.ShouldNotBe(IncrementalSession.CodeKey);
        var clean = _folder.In("clean");
        _folder.ColdBuild(clean, incremental: false);
        var killed = _folder.In("killed");
        SiteTestSupport.CopyFolder(Site, killed);
        _folder.ColdBuild(killed, incremental: true);
        SiteTestSupport.ShouldBeSameSite(killed, clean, "build after a killed serve");

        // What the stub is for: had the site kept the manifest of before the edit, that build would keep the edited pages.
        File.WriteAllBytes(Path.Combine(Site, BuildManifest.FileName), full);
        _folder.ColdBuild(Site, incremental: true);
        var stale = SiteTestSupport.Snapshot(Site);
        var expected = SiteTestSupport.Snapshot(clean);
        expected.Any(f => !stale[f.Key].SequenceEqual(f.Value)).ShouldBeTrue("the old manifest over the edited pages gives a wrong site");
    }

    [Fact]
    public void A_failed_warm_build_forgets_the_site()
    {
        _folder.WarmBuild();
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Build();
        pipeline.Contributors.Count.ShouldBeGreaterThan(0);
        var throwing = new SitePipeline([.. pipeline.Contributors, new ThrowingContributor()]) { Warm = _folder.Warm };
        Should.Throw<InvalidOperationException>(() => throwing.Build(_folder.LoadWarm(), Array.Empty<Diagnostic>(), Site));
        _folder.Warm.Site.Take(Path.GetFullPath(Site)).ShouldBeNull();
    }

    /// <summary>What serve does while idle (BackgroundManifest): the kept manifest written beside the site, then moved over the stub.</summary>
    private bool WritePending()
    {
        var pending = _folder.Warm.Site.Pending.ShouldNotBeNull();
        var temporary = Path.GetFullPath(Site) + ".manifest.tmp";
        File.WriteAllBytes(temporary, pending.Bytes());
        return _folder.Warm.Site.WritePending(Path.GetFullPath(Site), pending, temporary);
    }

    private void Apply(string change)
    {
        var lists = SiteTestSupport.Load(Lists);
        var file = lists.Files[0];
        var entries = file.Entries;
        switch (change)
        {
            case "edit":
                entries = entries.SetItem(2, entries[2] with { Name = entries[2].Name + "（已修改）" });
                break;
            case "add":
                entries = entries.Add(entries[0] with { Code = entries[^1].Code + "-N", Name = "新增的职权事项：对新增违法行为的处罚" });
                break;
            case "delete":
                entries = entries.RemoveAt(0);
                break;
            case "rename":
                entries = entries.SetItem(1, entries[1] with { Code = entries[1].Code + "-X" });
                break;
            case "site":
                lists = lists with { Site = lists.Site with { Title = lists.Site.Title + "（新）" } };
                break;
            case "category":
                lists = lists with { Categories = lists.Categories.SetItem(0, lists.Categories[0] with { Name = lists.Categories[0].Name + "类" }) };
                break;
            case "department":
                lists = lists with { Departments = lists.Departments.SetItem(0, lists.Departments[0] with { Name = "改名后的部门" }) };
                break;
            case "law":
                var cited = file.Entries.SelectMany(e => e.Basis).First(c => c.IsStructured).Law;
                var at = lists.Laws.Select((l, i) => (l, i)).First(x => x.l.Id == cited).i;
                lists = lists with { Laws = lists.Laws.SetItem(at, lists.Laws[at] with { Title = lists.Laws[at].Title + "（修订）" }) };
                break;
            case "adjustment":
                entries = entries.SetItem(1, entries[1] with
                {
                    Adjustments = entries[1].Adjustments.Add(new Adjustment { Type = "合并", Document = "测试文件〔2099〕1号", Date = "2099-01-01", Replaces = [entries[3].Code] }),
                });
                break;
            case "unpublish-replaced":
                entries = entries.SetItem(1, entries[1] with
                {
                    Adjustments = entries[1].Adjustments.Add(new Adjustment { Type = "合并", Document = "测试文件〔2099〕2号", Date = "2099-01-02", Replaces = [entries[3].Code] }),
                });
                _folder.WriteEntries(lists, file, entries);
                _folder.WarmBuild();
                GeneratedSiteFolder.MarkOld(Site, exceptManifest: true);
                entries = entries.SetItem(3, entries[3] with { Public = false });
                break;
            case "move":
                var target = lists.Files.Select((f, i) => (f, i)).First(x => x.i != 0);
                var moved = entries[0] with { Department = target.f.Department, Category = target.f.Category };
                entries = entries.RemoveAt(0);
                lists = lists with { Files = lists.Files.SetItem(target.i, target.f with { Entries = target.f.Entries.Add(moved) }) };
                break;
            case "reorder":
                entries = [.. entries.Reverse()];
                break;
            case "reuse-code":
            {
                // An entry deleted here and its code given to another entry of another file, in one save.
                var other = lists.Files.Select((f, i) => (f, i)).Last(x => x.i != 0);
                var reused = other.f.Entries[0] with { Code = entries[1].Code, Name = "沿用旧编码的新事项", Department = other.f.Department, Category = other.f.Category };
                entries = entries.RemoveAt(1);
                lists = lists with { Files = lists.Files.SetItem(other.i, other.f with { Entries = other.f.Entries.Add(reused) }) };
                break;
            }

            case "cite-other-law":
            {
                var citing = entries.Select((e, i) => (e, i)).First(x => x.e.Basis.Any(c => c.IsStructured)).i;
                var law = entries[citing].Basis.First(c => c.IsStructured).Law;
                var next = lists.Laws.First(l => l.Id != law).Id;
                entries = entries.SetItem(citing, entries[citing] with { Basis = [.. entries[citing].Basis.Select(c => c.Law == law ? c with { Law = next } : c)] });
                break;
            }

            case "unpublish":
                entries = entries.SetItem(3, entries[3] with { Public = false });
                break;
            case "republish":
                entries = entries.SetItem(3, entries[3] with { Public = true });
                break;
            case "end":
                entries = entries.SetItem(4, entries[4] with { Ended = new Ending { Type = "取消", Date = "2099-01-01", Document = "测试文件〔2099〕9号", Reason = "不再设定" } });
                break;
            case "edit-other":
            {
                // An edit in a file without ended entries: the ended powers are not asked again.
                var other = lists.Files.Select((f, i) => (f, i)).Last(x => x.i != 0 && x.f.Entries.All(e => e.Ended is null));
                file = other.f;
                entries = file.Entries.SetItem(0, file.Entries[0] with { Name = file.Entries[0].Name + "（又修改）" });
                break;
            }

            case "end-reason":
                entries = entries.SetItem(4, entries[4] with { Ended = entries[4].Ended! with { Reason = "职能调整后不再设定" } });
                break;
            case "resume":
                entries = entries.SetItem(4, entries[4] with { Ended = null });
                break;
            case "delete-file":
                File.Delete(lists.Files[^1].Path);
                return;
            case "department-order":
                lists = lists with { Departments = [.. lists.Departments.Select(d => d with { Order = 100 - d.Order })] };
                break;
            case "release":
                Release("2099");
                return;
            case "nothing":
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(change));
        }

        _folder.WriteEntries(lists, file, entries);
    }

    private void Release(string version) =>
        new PowerList.Versions.Snapshots.ReleaseStore(Lists)
            .Create(SiteTestSupport.Load(Lists), new PowerList.Versions.Snapshots.ReleaseInfo { Version = version, Date = version + "-12-31", Title = version + " 年版" }, new DiagnosticBag())
            .ShouldNotBeNull();

    private sealed class ThrowingContributor : PowerList.Output.ISiteContributor
    {
        public string Name => "throws";

        public IEnumerable<PowerList.Output.OutputFile> Contribute(ListSet lists) => throw new InvalidOperationException("contributor failed");
    }
}
