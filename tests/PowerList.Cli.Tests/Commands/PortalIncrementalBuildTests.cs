using PowerList.Portal;
using PowerList.Cli.Commands;

namespace PowerList.Cli.Tests.Commands;

/// <summary>
/// <c>build</c> of a portal run again, each run a new runner as a new process would be (tests/fixtures/portal: 990000
/// province, 990100 city, 990102 county): a part whose inputs are as at its last build (PartInputs, inputs.json) is
/// neither loaded nor built again, its files keep their modification times, its diagnostics are shown as before; the
/// site always equals a fresh build byte for byte. Diagnostics are all shown before any part is built, and with an
/// error anywhere nothing is built.
/// </summary>
public sealed class PortalIncrementalBuildTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", "portal-incremental-" + Guid.NewGuid().ToString("N"));
    private int _fresh;

    public PortalIncrementalBuildTests()
    {
        Copy(Path.Combine(RepoPaths.Root, "tests", "fixtures", "portal"), Portal);
        Copy(Path.Combine(RepoPaths.Root, "site-templates"), Templates);
    }

    private string Portal => Path.Combine(_dir, "portal");

    private string Templates => Path.Combine(_dir, "templates");

    private string Output => Path.Combine(_dir, "site");

    private string Parts => Output + ".parts";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Only_the_parts_whose_inputs_changed_are_built_again_and_the_site_equals_a_fresh_build()
    {
        // A warning in the county (an entry without legal basis): shown by every build, also when the county is not loaded again.
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        File.AppendAllText(county, "  - code: 990102-SCJG-XK-0003\n    name: 没有依据的许可\n    subject: 市场监督管理局\n");
        var first = Same("first build");
        first.ShouldContain("3 个辖区（3 个重新生成）");
        first.ShouldContain(" MB，位于 ", Case.Sensitive, "the first build merges the parts into a fresh folder");
        File.Exists(Path.Combine(Parts, MergedSiteRecord.Marker)).ShouldBeTrue("a completed build records what it made the site from");

        var before = Times(Parts);
        var again = Same("nothing changed");
        again.ShouldContain("3 个辖区（0 个重新生成）");
        again.ShouldContain("jurisdictions/990102/scjg/xk.yaml:17:5: warning PL0501");
        Changed(before, Times(Parts)).ShouldBeEmpty("no part rewritten");

        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 户外广告设置许可", "name: 户外广告设置审批", StringComparison.Ordinal));
        before = Times(Parts);
        var site = Times(Output);
        var edited = Same("one county entry renamed");
        edited.ShouldContain("3 个辖区（1 个重新生成）");
        edited.ShouldContain("990102 演示县：");
        edited.ShouldNotContain("990100 演示市：");
        edited.ShouldContain("个文件更新", Case.Sensitive, "a later build updates the site in place, not merged into a fresh folder");
        edited.ShouldNotContain(" MB，位于 ");
        var changed = Changed(before, Times(Parts));
        changed.ShouldContain("990102/site/entry/990102-SCJG-XK-0002/index.html");
        changed.ShouldNotContain(p => !p.StartsWith("990102/", StringComparison.Ordinal), "only the county's part is rewritten");
        // The merged site links the parts' files: the other jurisdictions' files in it keep their times too.
        Changed(site, Times(Output)).ShouldNotContain(p => p.StartsWith("j/990000/", StringComparison.Ordinal) || p.StartsWith("j/990100/", StringComparison.Ordinal));

        // The county's part built again by another process (build --part into the parts folder): the next build finds
        // it unchanged against its inputs, and syncs j/990102/ because the part's record is not the one the site was
        // completed with; the other parts' files are not looked at.
        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 户外广告设置审批", "name: 户外广告设置核准", StringComparison.Ordinal));
        var part = new SiteBuildRunner(Portal, Path.Combine(Parts, "990102"), Templates) { Jurisdiction = "990102", PartOnly = true };
        part.Run(new StringWriter(), new StringWriter()).ShouldBe(CliApp.ExitOk);
        MergedSiteRecord.RebuiltSince(Parts, PortalMerge.ReadParts(Directory.GetDirectories(Parts))).ShouldBe(["990102"]);
        site = Times(Output);
        var synced = Same("the county's part built by another process");
        synced.ShouldContain("3 个辖区（0 个重新生成）");
        synced.ShouldMatch(@"（0 个重新生成），[1-9]\d* 个文件更新", "j/990102/ synced from its part");
        Changed(site, Times(Output)).ShouldContain("j/990102/entry/990102-SCJG-XK-0002/index.html");
        MergedSiteRecord.RebuiltSince(Parts, PortalMerge.ReadParts(Directory.GetDirectories(Parts))).ShouldBeEmpty("the completed build noted every part's record");

        var catalogue = Path.Combine(Portal, "catalogue.yaml");
        File.WriteAllText(catalogue, File.ReadAllText(catalogue).Replace("食品经营许可", "食品经营许可（含仅销售预包装食品备案）", StringComparison.Ordinal));
        Same("the shared catalogue edited").ShouldContain("3 个辖区（3 个重新生成）");

        var layout = Path.Combine(Templates, "layout.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout) + "<!-- 模板修改 -->\n");
        Same("a template edited").ShouldContain("3 个辖区（3 个重新生成）");

        Same("nothing changed again").ShouldContain("3 个辖区（0 个重新生成），0 个文件更新，0 个删除");

        // A build stopped half-way through an update leaves no record: the next one merges anew, into a fresh folder.
        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 户外广告设置审批", "name: 户外广告设置许可", StringComparison.Ordinal));
        File.Delete(Path.Combine(Parts, MergedSiteRecord.Marker));
        Same("the record gone").ShouldContain(" MB，位于 ");
        Same("after the merge, in place again").ShouldContain("0 个文件更新，0 个删除");
    }

    [Fact]
    public void An_error_in_one_county_is_shown_before_any_part_is_built_and_nothing_is_built()
    {
        var city = Path.Combine(Portal, "jurisdictions", "990100", "scjg", "xk.yaml");
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        var text = File.ReadAllText(county);
        File.WriteAllText(county, text.Replace("    subject: 市场监督管理局\n  - code: 990102-SCJG-XK-0002", "    subject: 市场监督管理局\n    colour: 红\n  - code: 990102-SCJG-XK-0002", StringComparison.Ordinal));

        var (code, stdout) = Run(Output);
        code.ShouldBe(CliApp.ExitErrors, stdout);
        stdout.ShouldMatch(@"jurisdictions/990102/scjg/xk\.yaml:\d+:\d+: error PL\d{4}");
        stdout.ShouldNotContain("个文件", Case.Sensitive, "no part built: " + stdout);
        Directory.Exists(Parts).ShouldBeFalse("nothing half-written");
        Directory.Exists(Output).ShouldBeFalse();

        // With a site already built: a city edit and the county error; the site and every part stay as they were.
        File.WriteAllText(county, text);
        Run(Output).Code.ShouldBe(CliApp.ExitOk);
        var (parts, site) = (Times(Parts), Times(Output));
        File.AppendAllText(city, "\n");
        File.WriteAllText(county, text.Replace("    subject: 市场监督管理局\n  - code: 990102-SCJG-XK-0002", "    subject: 市场监督管理局\n    colour: 红\n  - code: 990102-SCJG-XK-0002", StringComparison.Ordinal));
        Run(Output).Code.ShouldBe(CliApp.ExitErrors);
        Changed(parts, Times(Parts)).ShouldBeEmpty("no part rebuilt, the city's neither");
        Changed(site, Times(Output)).ShouldBeEmpty("the site as it was");
    }

    [Fact]
    public void A_template_failing_during_an_update_in_place_says_what_it_left_and_the_next_build_merges_anew()
    {
        Same("first build");
        var site = Times(Output);

        // A template the parts use, failing while the county's part is built: the site is not touched, and says so.
        var entry = Path.Combine(Templates, "pages", "entry.hbs");
        var entryText = File.ReadAllText(entry);
        var county = Path.Combine(Portal, "jurisdictions", "990102", "scjg", "xk.yaml");
        File.WriteAllText(county, File.ReadAllText(county).Replace("name: 户外广告设置许可", "name: 户外广告设置审批", StringComparison.Ordinal));
        File.WriteAllText(entry, entryText + "{{nosuchhelper entry.name}}");
        var (code, _, err) = RunAll(Output);
        code.ShouldBe(CliApp.ExitUsage, err);
        err.ShouldContain("网站模板有误");
        err.ShouldContain($"{Output} 保持原样。", Case.Sensitive, "nothing of the site was changed yet");
        Changed(site, Times(Output)).ShouldBeEmpty("the site as it was");
        File.WriteAllText(entry, entryText);

        // A portal page's template failing after the rebuilt parts were synced into j/: the message says the site is
        // partly updated, not that it stayed as it was.
        var home = Path.Combine(Templates, "pages", "portal.hbs");
        var homeText = File.ReadAllText(home);
        File.WriteAllText(home, homeText + "{{nosuchhelper portal.title}}");
        (code, _, err) = RunAll(Output);
        code.ShouldBe(CliApp.ExitUsage, err);
        err.ShouldContain("网站模板有误");
        err.ShouldNotContain("保持原样");
        err.ShouldMatch($@"{System.Text.RegularExpressions.Regex.Escape(Output)} 已部分更新（[1-9]\d* 个文件已替换，\d+ 个已删除），新旧文件混杂；下一次生成会重新合并整个网站。");
        Changed(site, Times(Output)).ShouldContain(p => p.StartsWith("j/990102/", StringComparison.Ordinal), "the message is true: j/ files were synced");
        File.Exists(Path.Combine(Parts, MergedSiteRecord.Marker)).ShouldBeFalse("no record of a complete site");

        // Mended: the next build merges anew (into a fresh folder) and equals a fresh build.
        File.WriteAllText(home, homeText);
        Same("template mended").ShouldContain(" MB，位于 ", Case.Sensitive, "merged anew, not updated in place");
    }

    /// <summary>Builds <see cref="Output"/> with a new runner and a fresh site; asserts both succeed with the same diagnostics and files; returns the first's output.</summary>
    private string Same(string step)
    {
        var (code, stdout) = Run(Output);
        var fresh = Path.Combine(_dir, "fresh" + _fresh++);
        var (freshCode, freshOut) = Run(fresh);
        code.ShouldBe(CliApp.ExitOk, step + "\n" + stdout);
        freshCode.ShouldBe(CliApp.ExitOk, step);
        Diagnostics(stdout).ShouldBe(Diagnostics(freshOut), step);
        var (a, b) = (Snapshot(Output), Snapshot(fresh));
        b.Count.ShouldBeGreaterThan(50, step);
        a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k)).ShouldBeEmpty(step + ": files that differ from a fresh build");
        Directory.Delete(fresh, recursive: true);
        Directory.Delete(fresh + ".parts", recursive: true);
        return stdout;
    }

    private (int Code, string Out) Run(string output)
    {
        var (code, stdout, _) = RunAll(output);
        return (code, stdout);
    }

    private (int Code, string Out, string Err) RunAll(string output)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = new SiteBuildRunner(Portal, output, Templates).Run(stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Diagnostics(string output) =>
        [.. output.Split('\n').Where(l => l.Contains(": error PL", StringComparison.Ordinal) || l.Contains(": warning PL", StringComparison.Ordinal))];

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Modification times of the files under <paramref name="folder"/>; not the parts folder's record of the merged site (<see cref="MergedSiteRecord.Marker"/>), which every build writes.</summary>
    private static Dictionary<string, DateTime> Times(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != MergedSiteRecord.Marker)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc);

    /// <summary>Files new or rewritten between two looks (deleted ones are not listed).</summary>
    private static List<string> Changed(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var t) || t != a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
