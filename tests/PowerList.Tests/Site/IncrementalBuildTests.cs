using PowerList.Composition;
using System.Collections.Immutable;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Site;
using PowerList.Site.Compression;
using PowerList.Building;
using PowerList.Validation;
using PowerList.Writing;

namespace PowerList.Tests.Site;

/// <summary>
/// An incremental build (reusing the previous site's unchanged files) gives exactly the bytes of a clean build of
/// the same lists, after each kind of change, precompressed copies (<c>.gz</c>) included; and it does reuse: untouched
/// pages are not rendered again.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly GeneratedSiteFolder _folder = new("incremental", 160, seed: 7);

    public IncrementalBuildTests()
    {
        SiteTestSupport.CopyFolder(SiteTestSupport.Templates, Templates);
    }

    private string Lists => _folder.Lists;

    private string Templates => _folder.In("site-templates");

    private string Site => _folder.Site;

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// Every kind of change, including those a cheap page key could miss: a field shown only on the department's
    /// pages, a category's name and description, site settings every page shows, a law's status (entry pages mark
    /// repealed laws), an adjustment (home page's latest changes, links to replaced codes), a replaced code that is
    /// no longer public (the link to it goes), an entry moved to another list file, a text only the entry page shows, and
    /// a release published (the versions pages appear, historical copies too); and a page deleted from the site by hand.
    /// </summary>
    public static TheoryData<string> Changes => With(ChangeKinds.All.Select(k => k.Name), new()
    {
        "edit", "add", "delete", "rename", "department", "law", "template", "nothing",
        "department-details", "category", "site", "law-status", "adjustment", "replaced-unpublished", "move", "duties", "release", "file-deleted", "end", "end-merged", "catalogue",
    });

    [Theory]
    [MemberData(nameof(Changes))]
    public void Incremental_build_after_a_change_equals_a_clean_build(string change)
    {
        Build(Site);
        GeneratedSiteFolder.MarkOld(Site);

        Apply(change);
        Build(Site);
        var clean = _folder.In("clean");
        Build(clean, incremental: false);

        SiteTestSupport.ShouldBeSameSite(Site, clean, change);

        var all = Directory.GetFiles(Site, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Site, f).StartsWith("versions", StringComparison.Ordinal) && !f.Contains("/history/", StringComparison.Ordinal))
            .ToList();
        var rerendered = all.Count(f => File.GetLastWriteTimeUtc(f) != GeneratedSiteFolder.Long);
        var pages = all.Count;
        if (change == "template")
        {
            rerendered.ShouldBe(pages, "a template change renders every page");
        }
        else if (change == "nothing")
        {
            rerendered.ShouldBe(0, string.Join(", ", all.Where(f => File.GetLastWriteTimeUtc(f) != GeneratedSiteFolder.Long).Take(5)));
            File.GetLastWriteTimeUtc(Path.Combine(Site, "data", "current", "entries.xlsx")).ShouldBe(GeneratedSiteFolder.Long, "unchanged lists: the current open data is reused");
        }
        else if (change == "site")
        {
            rerendered.ShouldBe(pages, "every page shows the site's settings");
        }
        else if (ChangeKinds.All.FirstOrDefault(k => k.Name == change) is { } kind)
        {
            ShouldReach(kind.Reach, rerendered, pages, change);
        }
        else if (change is "department" or "category" or "release")
        {
            rerendered.ShouldBeGreaterThan(0, $"{change}: its pages show it");
        }
        else
        {
            rerendered.ShouldBeGreaterThan(0);
            rerendered.ShouldBeLessThan(pages / 3, $"{change}: only the pages that show the change are rendered");
        }
    }

    public static TheoryData<string> ReleaseChanges => new()
    {
        "edit", "add", "delete", "rename", "department", "law", "nothing", "site", "law-status", "adjustment", "replaced-unpublished", "move", "release", "end", "end-merged",
    };

    /// <summary>
    /// With a published release the versions contributor adds compare pages, entry histories and the release's copy
    /// of the site; after a change these too must equal a clean build (histories of untouched entries are reused).
    /// </summary>
    [Theory]
    [MemberData(nameof(ReleaseChanges))]
    public void Incremental_build_with_a_release_equals_a_clean_build(string change)
    {
        new PowerList.Versions.Snapshots.ReleaseStore(Lists)
            .Create(Load(), new PowerList.Versions.Snapshots.ReleaseInfo { Version = "2024", Date = "2024-12-31", Title = "2024 年版" }, new DiagnosticBag())
            .ShouldNotBeNull();
        Build(Site);
        GeneratedSiteFolder.MarkOld(Site);
        File.Exists(Path.Combine(Site, "v", "2024", "index.html")).ShouldBeTrue();

        Apply(change);
        Build(Site);
        var clean = _folder.In("clean");
        Build(clean, incremental: false);

        SiteTestSupport.ShouldBeSameSite(Site, clean, change);

        var histories = Directory.GetFiles(Site, "index.html", SearchOption.AllDirectories)
            .Where(f => f.Contains("/history/", StringComparison.Ordinal))
            .ToList();
        histories.Count.ShouldBeGreaterThan(100);
        var rerendered = histories.Count(f => File.GetLastWriteTimeUtc(f) != GeneratedSiteFolder.Long);
        if (change == "nothing")
        {
            rerendered.ShouldBe(0);
        }
        else if (change is "edit" or "add" or "delete" or "rename" or "move")
        {
            rerendered.ShouldBeLessThan(histories.Count / 3, $"{change}: only the histories of changed entries are rendered");
        }
        else if (change == "duties")
        {
            rerendered.ShouldBe(0, "a history page does not show an entry's duties");
        }
    }

    [Fact]
    public void A_series_of_changes_stays_equal_to_clean_builds()
    {
        Build(Site);
        foreach (var change in new[] { "edit", "add", "rename", "delete", "template", "law" })
        {
            Apply(change);
            Build(Site);
        }

        var clean = _folder.In("clean");
        Build(clean, incremental: false);
        SiteTestSupport.ShouldBeSameSite(Site, clean, "the series");
    }

    [Fact]
    public void A_deleted_or_renamed_entry_leaves_no_stale_page()
    {
        Build(Site);
        var lists = Load();
        var first = lists.Files[0].Entries[0].Code;
        var second = lists.Files[0].Entries[1].Code;
        File.Exists(Path.Combine(Site, "entry", first, "index.html")).ShouldBeTrue();

        Apply("delete");
        Apply("rename");
        Build(Site);

        File.Exists(Path.Combine(Site, "entry", first, "index.html")).ShouldBeFalse();
        Directory.Exists(Path.Combine(Site, "entry", second)).ShouldBeFalse();
        File.Exists(Path.Combine(Site, "entry", second + "-X", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_length()
    {
        Build(Site);
        var manifest = BuildManifest.TryLoad(Site).ShouldNotBeNull();
        var files = SiteTestSupport.Snapshot(Site);
        files.Keys.Where(k => k != BuildManifest.FileName).ShouldBe(manifest.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, item) in manifest.Files)
        {
            item.Length.ShouldBe(files[path].LongLength, path);
        }
    }

    private void Apply(string change)
    {
        var lists = Load();
        var file = lists.Files[0];
        var entries = file.Entries;
        switch (change)
        {
            case "edit":
                entries = entries.SetItem(2, entries[2] with { Name = entries[2].Name + "（已修改）", Accountability = "修改后的追责情形。" });
                break;
            case "add":
                entries = entries.Add(entries[0] with { Code = entries[^1].Code + "-N", Name = "新增的职权事项：对新增违法行为的处罚" });
                break;
            case "delete":
                entries = entries.RemoveAt(0);
                break;
            case "rename":
                var at = IndexOf(entries, e => e.Code.EndsWith("-0002", StringComparison.Ordinal));
                entries = entries.SetItem(at, entries[at] with { Code = entries[at].Code + "-X" });
                break;
            case "department":
                lists = lists with { Departments = lists.Departments.SetItem(0, lists.Departments[0] with { Name = "改名后的部门" }) };
                break;
            case "law":
                var cited = file.Entries.SelectMany(e => e.Basis).First(c => c.IsStructured).Law;
                var index = IndexOf(lists.Laws, l => l.Id == cited);
                lists = lists with { Laws = lists.Laws.SetItem(index, lists.Laws[index] with { Title = lists.Laws[index].Title + "（修订）" }) };
                break;
            case "department-details":
                lists = lists with { Departments = lists.Departments.SetItem(0, lists.Departments[0] with { Phone = "0990-7654321", Address = "新地址 1 号" }) };
                break;
            case "category":
                var category = IndexOf(lists.Categories, c => c.Code == entries[0].Category);
                lists = lists with { Categories = lists.Categories.SetItem(category, lists.Categories[category] with { Name = lists.Categories[category].Name + "类", Description = "改过的说明。" }) };
                break;
            case "site":
                lists = lists with { Site = lists.Site with { SupervisionPhone = "0990-1234567", Title = "改名后的权责清单" } };
                break;
            case "law-status":
                var citedLaw = file.Entries.SelectMany(e => e.Basis).First(c => c.IsStructured).Law;
                var lawAt = IndexOf(lists.Laws, l => l.Id == citedLaw);
                lists = lists with { Laws = lists.Laws.SetItem(lawAt, lists.Laws[lawAt] with { Status = "已废止" }) };
                break;
            case "adjustment":
                entries = entries.SetItem(1, entries[1] with
                {
                    Adjustments = entries[1].Adjustments.Add(new Adjustment { Type = "调整", Document = "测试文件〔2099〕1号", Date = "2099-01-01", Replaces = [entries[3].Code] }),
                });
                break;
            case "replaced-unpublished":
                // Entry 1 replaces entry 3: its page links to it; then entry 3 is no longer public, and the link must go.
                entries = entries.SetItem(1, entries[1] with
                {
                    Adjustments = entries[1].Adjustments.Add(new Adjustment { Type = "合并", Document = "测试文件〔2099〕2号", Date = "2099-01-02", Replaces = [entries[3].Code] }),
                });
                lists = lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
                ListsWriter.Write(Lists, lists);
                Build(Site);
                GeneratedSiteFolder.MarkOld(Site);
                entries = entries.SetItem(3, entries[3] with { Public = false });
                break;
            case "move":
                // To another list file (the generated lists have one department: another category).
                var target = lists.Files.Select((f, i) => (f, i)).First(x => x.i != 0);
                var moved = entries[0] with { Department = target.f.Department, Category = target.f.Category };
                entries = entries.RemoveAt(0);
                lists = lists with { Files = lists.Files.SetItem(target.i, target.f with { Entries = target.f.Entries.Add(moved) }) };
                break;
            case "end":
                // An entry ends (取消): out of the lists and counts, its page becomes a status page, 已调整事项 list it.
                entries = entries.SetItem(2, entries[2] with { Ended = new Ending { Type = "取消", Date = "2099-03-01", Document = "测试文件〔2099〕3号", Reason = "不再设定" } });
                break;
            case "end-merged":
                // An entry is merged into another: its status page links to the successor.
                entries = entries.SetItem(3, entries[3] with { Ended = new Ending { Type = "合并", Date = "2099-03-01", Document = "测试文件〔2099〕4号", Successors = [entries[0].Code] } });
                break;
            case "catalogue":
                // With a catalogue the site has a conformity page; then an item's levels change and another entry
                // names the second item: the page, its JSON and the home page follow.
                CatalogueFile(entries[0], "地州市级", "县市区级");
                entries = entries.SetItem(0, entries[0] with { Catalogue = "T-0001" });
                lists = lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
                ListsWriter.Write(Lists, lists);
                Build(Site);
                File.Exists(Path.Combine(Site, "conformity", "index.html")).ShouldBeTrue();
                GeneratedSiteFolder.MarkOld(Site);
                CatalogueFile(entries[0], "省级");
                entries = entries.SetItem(1, entries[1] with { Catalogue = "T-0002" });
                break;
            case "duties":
                entries = entries.SetItem(2, entries[2] with { Duties = entries[2].Duties + "（补充职责）" });
                break;
            case "release":
                new PowerList.Versions.Snapshots.ReleaseStore(Lists)
                    .Create(lists, new PowerList.Versions.Snapshots.ReleaseInfo { Version = "2099", Date = "2099-12-31", Title = "2099 年版" }, new DiagnosticBag())
                    .ShouldNotBeNull();
                return;
            case "file-deleted":
                // Not a change of the lists: a page deleted from the site by hand is written again.
                File.Delete(Path.Combine(Site, "entry", entries[2].Code, "index.html"));
                return;
            case "template":
                File.AppendAllText(Path.Combine(Templates, "layout.hbs"), "\n<!-- 模板改动 -->\n");
                return;
            case "nothing":
                return;
            default:
                // A row of ChangeKinds (throws for an unknown name).
                var row = ChangeKinds.Named(change);
                var folders = new ChangeKinds.Folders(Lists, Templates);
                if (row.Setup is not null)
                {
                    Write(row.Setup(folders, lists));
                    Build(Site);
                    GeneratedSiteFolder.MarkOld(Site);
                    lists = Load();
                }

                Write(row.Edit(folders, lists));
                return;
        }

        lists = lists with { Files = lists.Files.SetItem(0, file with { Entries = entries }) };
        ListsWriter.Write(Lists, lists);
    }

    private void Write(ListSet? lists)
    {
        if (lists is not null)
        {
            ListsWriter.Write(Lists, lists);
        }
    }

    private static TheoryData<string> With(IEnumerable<string> more, TheoryData<string> data)
    {
        foreach (var name in more)
        {
            data.Add(name);
        }

        return data;
    }

    private static void ShouldReach(ChangeKinds.Reach reach, int rerendered, int pages, string change)
    {
        switch (reach)
        {
            case ChangeKinds.Reach.Few:
                rerendered.ShouldBeInRange(1, (pages / 3) - 1, $"{change}: only the pages that show the change are rendered");
                break;
            case ChangeKinds.Reach.Some:
                rerendered.ShouldBeGreaterThan(0, $"{change}: its pages show it");
                break;
            case ChangeKinds.Reach.Every:
                rerendered.ShouldBe(pages, $"{change}: every page shows it");
                break;
            default:
                rerendered.ShouldBe(0, $"{change}: no page shows it");
                break;
        }
    }

    /// <summary>A catalogue of two items: the first named like <paramref name="entry"/>, given to <paramref name="levels"/>.</summary>
    private void CatalogueFile(Entry entry, params string[] levels) =>
        File.WriteAllText(Path.Combine(Lists, "catalogue.yaml"), TopLevelYaml.Catalogue(new Catalogue
        {
            Title = "测试目录",
            Items =
            [
                new CatalogueItem { Code = "T-0001", Name = entry.Name, Category = entry.Category, Levels = [.. levels] },
                new CatalogueItem { Code = "T-0002", Name = "目录中的第二项", Category = entry.Category, Levels = ["县市区级"] },
            ],
        }));

    private ListSet Load()
    {
        var result = PowerList.Loading.ListLoader.Load(Lists);
        var diagnostics = result.Diagnostics.Concat(ListValidator.Validate(result.Lists)).ToList();
        diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return result.Lists;
    }

    private void Build(string output, bool incremental = true)
    {
        var pipeline = SiteDefaults.Create(Templates).Build();
        var lists = Load();
        var result = new PowerList.Site.Pipeline.SitePipeline(pipeline.Contributors) { Incremental = incremental, Precompress = Precompression.Default }
            .Build(lists, Array.Empty<Diagnostic>(), output);
        result.Written.ShouldBeTrue();
        result.PreviousSiteRemoval.Wait();
    }

    private static int IndexOf<T>(ImmutableArray<T> items, Func<T, bool> match) =>
        items.Select((item, i) => (item, i)).First(x => match(x.item)).i;
}
