using System.Collections.Immutable;
using PowerList.Building;
using PowerList.Building.Dependencies;
using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Generation;
using PowerList.Loading;
using PowerList.Model;
using PowerList.Site.Pipeline;
using PowerList.Tests.Site;
using PowerList.Validation;
using PowerList.Writing;

namespace PowerList.Tests.Building;

/// <summary>
/// A warm rebuild asks the hash only of identities whose records may have changed (<see cref="RecordChanges"/>, found
/// from which list files are new objects). What that shortcut could get wrong, each through serve's warm path (lists
/// kept by <see cref="LoadCache"/>, outputs kept in bulk, the manifest left to serve) and checked byte for byte
/// against a clean build after every step.
/// </summary>
public sealed class RecordChangesTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("changes");
    private readonly LoadCache _loadCache = new();
    private readonly ValidationCache _validationCache = new();
    private readonly WarmBuild _warm = new();

    public RecordChangesTests()
    {
        ListGenerator.Generate(300, seed: 5, Lists); // two departments
        ListsWriter.Write(Lists, SiteTestSupport.Load(Lists)); // as the writer writes them, so that a rewrite leaves unchanged files' bytes
    }

    private string Lists => Path.Combine(_dir, "lists");

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

    [Fact]
    public void Unchanged_files_give_no_change_and_a_changed_file_names_its_entries_groups_and_laws()
    {
        var before = Load();
        var same = Load();
        var none = RecordChanges.Of(before, same).ShouldNotBeNull();
        (none.Files, none.Entries, none.PublishedChanged).ShouldBe((0, 0, false));
        before.PublicEntries.ShouldAllBe(e => !none.Touches(new Identity(IdentityKind.Entry, e.Code)));

        var file = before.Files[0];
        var edited = file.Entries[1];
        var cited = edited.Basis.First(c => c.IsStructured).Law;
        Write(before, file, file.Entries.SetItem(1, edited with { Name = edited.Name + "（改）" }));
        var after = Load();
        var changes = RecordChanges.Of(before, after).ShouldNotBeNull();
        changes.Files.ShouldBe(2, "the file as it was and as it is");
        changes.Entries.ShouldBe(2 * file.Entries.Length);
        changes.PublishedChanged.ShouldBeFalse();
        changes.Touches(new Identity(IdentityKind.Entry, edited.Code)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.InCategory, edited.Category)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.InDepartment, edited.Department)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.Citing, cited)).ShouldBeTrue();
        changes.Touches(new Identity(IdentityKind.Total, "")).ShouldBeTrue("a total is always asked");
        var other = after.Files.First(f => f.Department != file.Department);
        changes.Touches(new Identity(IdentityKind.Entry, other.Entries[0].Code)).ShouldBeFalse();
        changes.Touches(new Identity(IdentityKind.InDepartment, other.Department)).ShouldBeFalse();
        changes.Touches(new Identity(IdentityKind.InCategory, after.Categories.First(c => c.Code != file.Category).Code)).ShouldBeFalse();

        var renamed = after with { Site = after.Site with { Title = after.Site.Title + "（新）" } };
        RecordChanges.Of(after, renamed).ShouldBeNull("the site settings changed: every identity is asked");
        RecordChanges.Of(after, after with { Laws = after.Laws.SetItem(0, after.Laws[0] with { Title = "改名的法" }) }).ShouldBeNull();
    }

    [Fact]
    public void A_code_made_public_or_not_says_the_published_pages_changed()
    {
        var before = Load();
        var file = before.Files[0];
        Write(before, file, file.Entries.SetItem(0, file.Entries[0] with { Public = false }));
        RecordChanges.Of(before, Load()).ShouldNotBeNull().PublishedChanged.ShouldBeTrue();
    }

    public static TheoryData<bool> WithRelease => new() { false, true };

    /// <summary>One change after another as an editor would save them; after each, the site equals a clean build.</summary>
    [Theory]
    [MemberData(nameof(WithRelease))]
    public void Serve_rebuilds_after_changes_the_shortcut_could_miss_equal_clean_builds(bool withRelease)
    {
        if (withRelease)
        {
            new PowerList.Versions.Snapshots.ReleaseStore(Lists)
                .Create(SiteTestSupport.Load(Lists), new PowerList.Versions.Snapshots.ReleaseInfo { Version = "2024", Date = "2024-12-31", Title = "2024 年版" }, new DiagnosticBag())
                .ShouldNotBeNull();
        }

        _warm.Site.DeferManifest = true;
        WarmBuild();
        foreach (var change in new[]
                 {
                     "edit", "move", "reorder", "reuse-code", "cite-other-law", "unpublish", "republish", "end", "edit",
                     "law-rename", "edit", "delete-file", "edit", "department-order", "edit", "nothing",
                 })
        {
            Apply(change);
            WarmBuild();
            ShouldEqualCleanBuild(change);
        }
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
            case "move":
            {
                // To a file of another department and category: both lists, both files.
                var target = lists.Files.Select((f, i) => (f, i)).First(x => x.f.Department != file.Department && x.f.Category != file.Category);
                var moved = entries[0] with { Department = target.f.Department, Category = target.f.Category };
                entries = entries.RemoveAt(0);
                lists = lists with { Files = lists.Files.SetItem(target.i, target.f with { Entries = target.f.Entries.Add(moved) }) };
                break;
            }

            case "reorder":
                entries = [.. entries.Reverse()];
                break;
            case "reuse-code":
            {
                // An entry deleted here and its code given to another entry in another file, in one save.
                var gone = entries[1];
                var target = lists.Files.Select((f, i) => (f, i)).Last(x => x.i != 0);
                var reused = target.f.Entries[0] with { Code = gone.Code, Name = "沿用旧编码的新事项", Department = target.f.Department, Category = target.f.Category };
                entries = entries.RemoveAt(1);
                lists = lists with { Files = lists.Files.SetItem(target.i, target.f with { Entries = target.f.Entries.Add(reused) }) };
                break;
            }

            case "cite-other-law":
            {
                var at = entries.Select((e, i) => (e, i)).First(x => x.e.Basis.Any(c => c.IsStructured)).i;
                var cited = entries[at].Basis.First(c => c.IsStructured).Law;
                var other = lists.Laws.First(l => l.Id != cited);
                entries = entries.SetItem(at, entries[at] with { Basis = [.. entries[at].Basis.Select(c => c.Law == cited ? c with { Law = other.Id } : c)] });
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
            case "law-rename":
            {
                var cited = entries.SelectMany(e => e.Basis).First(c => c.IsStructured).Law;
                var at = lists.Laws.Select((l, i) => (l, i)).First(x => x.l.Id == cited).i;
                lists = lists with { Laws = lists.Laws.SetItem(at, lists.Laws[at] with { Title = lists.Laws[at].Title + "（修订）" }) };
                break;
            }

            case "delete-file":
                File.Delete(lists.Files[^1].Path);
                return;
            case "department-order":
                lists = lists with { Departments = [.. lists.Departments.Select(d => d with { Order = 100 - d.Order })] };
                break;
            case "nothing":
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(change));
        }

        Write(lists, file, entries);
    }

    private void Write(ListSet lists, ListFile file, ImmutableArray<Entry> entries)
    {
        var at = lists.Files.IndexOf(lists.Files.First(f => f.Path == file.Path));
        ListsWriter.Write(Lists, lists with { Files = lists.Files.SetItem(at, file with { Entries = entries }) });

        // Past LoadCache's window for writes just after a read: the edited files are read again by their stamps.
        foreach (var path in Directory.GetFiles(Lists, "*.yaml", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(-5));
        }
    }

    private ListSet Load()
    {
        var result = ListCheck.Run(Lists, null, _loadCache, _validationCache);
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return result.Lists;
    }

    private void WarmBuild()
    {
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Build();
        pipeline.Warm = _warm;
        var result = pipeline.Build(Load(), Array.Empty<Diagnostic>(), Site);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    private void ShouldEqualCleanBuild(string step)
    {
        var clean = Path.Combine(_dir, "clean");
        var pipeline = SiteDefaults.Create(SiteTestSupport.Templates).Build();
        pipeline.Incremental = false;
        pipeline.Build(SiteTestSupport.Load(Lists), Array.Empty<Diagnostic>(), clean).Written.ShouldBeTrue();
        var actual = SiteTestSupport.Snapshot(Site);
        var expected = SiteTestSupport.Snapshot(clean);
        actual.Keys.Where(p => p != BuildManifest.FileName).ShouldBe(expected.Keys.Where(p => p != BuildManifest.FileName), $"same files after {step}");
        foreach (var (path, bytes) in expected)
        {
            if (path != BuildManifest.FileName)
            {
                actual[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs after {step}");
            }
        }
    }
}
