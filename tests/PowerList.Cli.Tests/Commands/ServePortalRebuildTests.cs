using PowerList.Cli.Commands;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>serve</c> on a portal (tests/fixtures/portal: 990000 province, 990100 city, 990102 county): after each change the
/// served site and the printed diagnostics are exactly those of a fresh <c>build</c>, and an edit in one jurisdiction
/// rewrites files of that jurisdiction only (and the portal's pages that read it) — the other jurisdictions' files keep
/// their modification times.
/// </summary>
public sealed class ServePortalRebuildTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "serve-portal-" + Guid.NewGuid().ToString("N"));
    private int _fresh;

    public ServePortalRebuildTests()
    {
        var fixture = Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal");
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(Portal, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private string Portal => Path.Combine(_dir, "portal");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_edit_in_one_jurisdiction_rewrites_only_its_files_and_gives_the_site_of_a_fresh_build()
    {
        var warm = new SiteBuildRunner(Portal, Path.Combine(_dir, "warm"), null) { ReuseUnchangedFiles = true };
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        var original = File.ReadAllText(county);

        var first = Same(warm, "first build", CliApp.ExitOk);
        first.ShouldContain("3 个辖区（3 个重新生成）");

        var before = Times(warm.Output);
        Same(warm, "nothing changed", CliApp.ExitOk).ShouldContain("3 个辖区（0 个重新生成），0 个文件更新，0 个删除");
        Changed(before, Times(warm.Output)).ShouldBeEmpty("nothing changed: no file rewritten");

        File.WriteAllText(county, original.Replace("name: 户外广告设置许可", "name: 户外广告设置审批", StringComparison.Ordinal));
        before = Times(warm.Output);
        Same(warm, "one county entry renamed", CliApp.ExitOk).ShouldContain("3 个辖区（1 个重新生成）");
        var changed = Changed(before, Times(warm.Output));
        changed.ShouldContain("j/990102/entry/990102-SCJG-XK-0002/index.html");
        // The portal-wide conformity downloads list each implementing entry by name, so the rename reaches them too;
        // and the portal's search index, made of every jurisdiction's entries, finds the new name there.
        changed.Where(p => !p.StartsWith("j/990102/", StringComparison.Ordinal) && !p.StartsWith("search-index/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .ToArray().ShouldBe(new[] { "conformity/conformity.csv", "conformity/conformity.json" }, "only the county's files, the portal's conformity downloads and its search index are rewritten");
        changed.ShouldContain(p => p.StartsWith("search-index/docs/", StringComparison.Ordinal), "the portal's document store holds the new name");
        var portalSearch = PowerList.Search.Querying.SearchEngine.FromFolder(Path.Combine(warm.Output, "search-index"));
        portalSearch.Search(new PowerList.Search.Querying.SearchRequest("户外广告设置审批")).Hits.Select(h => h.Url)
            .ShouldBe(["j/990102/entry/990102-SCJG-XK-0002/"]);

        // An entry added: the portal's home page counts it, so it is rewritten too; the city and the province are not.
        File.AppendAllText(county, "  - code: 990102-SCJG-XK-0003\n    name: 新增的许可\n    basis:\n      - law: food-safety-law\n        articles: 第三十五条\n    subject: 市场监督管理局\n");
        before = Times(warm.Output);
        Same(warm, "one county entry added", CliApp.ExitOk).ShouldContain("3 个辖区（1 个重新生成）");
        changed = Changed(before, Times(warm.Output));
        changed.ShouldContain("index.html");
        changed.ShouldContain("j/990102/entry/990102-SCJG-XK-0003/index.html");
        changed.ShouldNotContain(p => p.StartsWith("j/990000/", StringComparison.Ordinal) || p.StartsWith("j/990100/", StringComparison.Ordinal));

        var city = Path.Combine(Portal, "jurisdictions", "990100", "scjg", "cf.yaml");
        var cityText = File.ReadAllText(city);
        File.WriteAllText(city, cityText + "oops: [\n");
        Same(warm, "a city file turned invalid", CliApp.ExitErrors);
        File.WriteAllText(city, cityText);
        // The city's files are again the bytes its part was built from (its inputs.json): nothing to build.
        Same(warm, "valid again", CliApp.ExitOk).ShouldContain("3 个辖区（0 个重新生成）");

        File.WriteAllText(county, original);
        File.Delete(Path.Combine(Portal, "jurisdictions", "990102", "scjg", "cf.yaml"));
        Same(warm, "county entry removed and a county file deleted", CliApp.ExitOk).ShouldContain("3 个辖区（1 个重新生成）");

        var catalogue = Path.Combine(Portal, "catalogue.yaml");
        File.WriteAllText(catalogue, File.ReadAllText(catalogue).Replace("食品经营许可", "食品经营许可（含仅销售预包装食品备案）", StringComparison.Ordinal));
        Same(warm, "the shared catalogue edited", CliApp.ExitOk).ShouldContain("3 个辖区（3 个重新生成）");
    }

    [Fact]
    public void After_an_edit_only_the_portal_pages_and_index_files_it_reaches_are_made_again()
    {
        var warm = new SiteBuildRunner(Portal, Path.Combine(_dir, "warm"), null) { ReuseUnchangedFiles = true };
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        Same(warm, "first build", CliApp.ExitOk);
        var indexFiles = Directory.GetFiles(Path.Combine(warm.Output, "search-index"), "*", SearchOption.AllDirectories).Length;
        var itemPages = Directory.GetDirectories(Path.Combine(warm.Output, "catalogue")).Count(d => Path.GetFileName(d) != "category");
        itemPages.ShouldBe(4);

        // The county's entry implementing XK-001 renamed: that item's side-by-side page changes, the other items' do not.
        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 食品经营许可\n", "name: 食品经营许可证核发\n", StringComparison.Ordinal));
        var before = Times(warm.Output);
        var contentBefore = Snapshot(warm.Output);
        var output = Same(warm, "an entry implementing a catalogue item renamed", CliApp.ExitOk);
        var changed = Changed(before, Times(warm.Output));
        changed.ShouldContain("catalogue/XK-001/index.html");
        changed.ShouldNotContain(p => p.StartsWith("catalogue/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal)
            && !p.StartsWith("catalogue/XK-001/", StringComparison.Ordinal) && !p.StartsWith("catalogue/category/", StringComparison.Ordinal) && p != "catalogue/index.html");
        var searchChanged = changed.Count(p => p.StartsWith("search-index/", StringComparison.Ordinal));
        searchChanged.ShouldBeGreaterThan(0, "the portal index finds the new name");
        searchChanged.ShouldBeLessThan(indexFiles / 2, "the portal index is patched: most of its files are as they were");

        // The three other item pages and the unchanged index files were neither rendered nor compared: the runner says so.
        var kept = int.Parse(System.Text.RegularExpressions.Regex.Match(output, "(\\d+) 个门户文件沿用").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        kept.ShouldBeGreaterThanOrEqualTo(3 + (indexFiles / 2), output);
        // Exactly the files with the same bytes among those kept by key are kept: the index files, the item pages, the
        // category pages and the catalogue index (by their rows), and the conformity bundles (the county's downloads
        // name a catalogue item by the catalogue's name: unchanged, so the bundles are not joined nor compared again).
        var contentAfter = Snapshot(warm.Output);
        string[] keptByKey = ["search-index/", "catalogue/", "conformity/conformity.json", "conformity/conformity.csv"];
        var unchanged = contentAfter.Count(f => keptByKey.Any(k => f.Key.StartsWith(k, StringComparison.Ordinal)) && contentBefore.GetValueOrDefault(f.Key) == f.Value);
        kept.ShouldBe(unchanged, output);
        var portalSearch = PowerList.Search.Querying.SearchEngine.FromFolder(Path.Combine(warm.Output, "search-index"));
        portalSearch.Search(new PowerList.Search.Querying.SearchRequest("食品经营许可证核发")).Hits.Select(h => h.Url).ShouldContain("j/990102/entry/990102-SCJG-XK-0001/");

        // Kept files deleted by hand are made again (a fresh build's site), though nothing changed in the lists.
        File.Delete(Path.Combine(warm.Output, "catalogue", "CF-001", "index.html"));
        var dict = Directory.GetFiles(Path.Combine(warm.Output, "search-index", "dict")).Order(StringComparer.Ordinal).First();
        File.Delete(dict);
        Same(warm, "kept files deleted by hand", CliApp.ExitOk);
        File.Exists(dict).ShouldBeTrue();

        // Back to the original name: the site of a fresh build again.
        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 食品经营许可证核发\n", "name: 食品经营许可\n", StringComparison.Ordinal));
        Same(warm, "renamed back", CliApp.ExitOk).ShouldContain("个门户文件沿用");
    }

    [Fact]
    public void The_portal_files_on_disk_are_remembered_between_updates_until_a_folder_is_changed_by_another_hand()
    {
        var warm = new SiteBuildRunner(Portal, Path.Combine(_dir, "warm"), null) { ReuseUnchangedFiles = true, Timings = true };
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        var original = File.ReadAllText(county);
        Same(warm, "first build", CliApp.ExitOk);

        // The first update in place takes the portal's files from the first build (they were written then), and so do
        // the next ones: no listing.
        File.WriteAllText(county, original.Replace("name: 户外广告设置许可", "name: 户外广告设置审批", StringComparison.Ordinal));
        Same(warm, "first update", CliApp.ExitOk);
        _lastTimings.ShouldContain("portal files: remembered");
        _lastTimings.ShouldNotContain("list portal files");
        File.WriteAllText(county, original.Replace("name: 食品经营许可\n", "name: 食品经营许可证核发\n", StringComparison.Ordinal));
        Same(warm, "second update", CliApp.ExitOk).ShouldContain("个门户文件沿用");
        _lastTimings.ShouldContain("portal files: remembered");
        _lastTimings.ShouldNotContain("list portal files");

        // A file put into a portal folder by hand changes that folder's time: the files are listed, the stray one goes.
        var stray = Path.Combine(warm.Output, "catalogue", "XK-001", "mine.txt");
        File.WriteAllText(stray, "put here by hand");
        File.WriteAllText(county, original);
        Same(warm, "a file put into a portal folder by hand", CliApp.ExitOk);
        _lastTimings.ShouldContain("list portal files");
        File.Exists(stray).ShouldBeFalse();

        // A kept file deleted by hand, with nothing changed in the lists: found by the folder's time, made again.
        Same(warm, "remembered again", CliApp.ExitOk);
        _lastTimings.ShouldContain("portal files: remembered");
        var page = Path.Combine(warm.Output, "catalogue", "CF-001", "index.html");
        File.Delete(page);
        Same(warm, "a kept page deleted by hand", CliApp.ExitOk);
        _lastTimings.ShouldContain("list portal files");
        File.Exists(page).ShouldBeTrue();

        // A folder of the portal removed by hand (its parent's time changes): made again.
        Directory.Delete(Path.Combine(warm.Output, "catalogue", "XK-001"), recursive: true);
        Same(warm, "a portal folder removed by hand", CliApp.ExitOk);
        File.Exists(Path.Combine(warm.Output, "catalogue", "XK-001", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void A_file_put_into_a_portal_folder_by_hand_after_the_first_build_is_found_by_the_first_update()
    {
        var warm = new SiteBuildRunner(Portal, Path.Combine(_dir, "warm"), null) { ReuseUnchangedFiles = true, Timings = true };
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        Same(warm, "first build", CliApp.ExitOk);

        // The first build's memory of the portal's files holds while the folders keep their times: a stray file breaks it.
        var stray = Path.Combine(warm.Output, "catalogue", "category", "mine.txt");
        File.WriteAllText(stray, "put here by hand");
        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 户外广告设置许可", "name: 户外广告设置审批", StringComparison.Ordinal));
        Same(warm, "first update after a stray file", CliApp.ExitOk);
        _lastTimings.ShouldContain("list portal files");
        File.Exists(stray).ShouldBeFalse();

        // A portal page deleted by hand after a first build: made again by the first update.
        var other = new SiteBuildRunner(Portal, Path.Combine(_dir, "warm2"), null) { ReuseUnchangedFiles = true, Timings = true };
        Same(other, "another first build", CliApp.ExitOk);
        var page = Path.Combine(other.Output, "catalogue", "CF-001", "index.html");
        File.Delete(page);
        Same(other, "nothing changed, a page deleted by hand", CliApp.ExitOk);
        File.Exists(page).ShouldBeTrue();
    }

    /// <summary>Runs the warm runner and a fresh build; asserts the same exit code, diagnostics and files; returns the warm run's output.</summary>
    private string Same(SiteBuildRunner warm, string step, int expectedCode)
    {
        var (warmCode, warmOut) = Run(warm);
        var freshOutput = Path.Combine(_dir, "fresh" + _fresh++);
        var (freshCode, freshOut) = Run(new SiteBuildRunner(Portal, freshOutput, null));
        warmCode.ShouldBe(expectedCode, step + "\n" + warmOut);
        freshCode.ShouldBe(warmCode, step);
        Diagnostics(warmOut).ShouldBe(Diagnostics(freshOut), step);
        if (warmCode == CliApp.ExitOk)
        {
            var (w, f) = (Snapshot(warm.Output), Snapshot(freshOutput));
            f.Count.ShouldBeGreaterThan(50, step);
            var differing = w.Keys.Union(f.Keys).Where(k => w.GetValueOrDefault(k) != f.GetValueOrDefault(k)).Order(StringComparer.Ordinal).ToList();
            differing.ShouldBeEmpty(step + ": files that differ from a fresh build");
        }

        return warmOut;
    }

    /// <summary>The warm runners' error stream (a runner writes its <c>[timing]</c> lines to the first one it was given).</summary>
    private readonly StringWriter _warmErrors = new();

    /// <summary>What the last warm run printed to its error stream.</summary>
    private string _lastTimings = "";

    private (int Code, string Out) Run(SiteBuildRunner runner)
    {
        var stdout = new StringWriter();
        var from = _warmErrors.GetStringBuilder().Length;
        var code = runner.Run(stdout, runner.ReuseUnchangedFiles ? _warmErrors : new StringWriter());
        _lastTimings = runner.ReuseUnchangedFiles ? _warmErrors.ToString()[from..] : _lastTimings;
        return (code, stdout.ToString());
    }

    private string[] Diagnostics(string output) =>
        [.. output.Split('\n').Where(l => l.Contains(": error PL", StringComparison.Ordinal) || l.Contains(": warning PL", StringComparison.Ordinal))
            .Select(l => l.Replace(Portal, "PORTAL", StringComparison.Ordinal))];

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static Dictionary<string, DateTime> Times(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc);

    /// <summary>Files new or rewritten between two looks (deleted ones are not listed).</summary>
    private static List<string> Changed(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var t) || t != a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
