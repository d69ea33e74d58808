using System.Text.Json;
using PowerList.Cli;

namespace PowerList.Cli.Tests.Versions;

/// <summary>release, verify and diff end to end on a copy of tests/fixtures/sample-lists.</summary>
public sealed class VersionCommandsTests : IDisposable
{
    private readonly string _root;

    public VersionCommandsTests()
    {
        _root = Directory.CreateTempSubdirectory("powerlist-cli-versions-").FullName;
        Copy(Fixture(), _root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Fixture()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures", "sample-lists")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("tests/fixtures/sample-lists"), "tests", "fixtures", "sample-lists");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--lists", _root], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Release_then_verify_then_a_one_byte_change_fails_verify()
    {
        var release = await Run("release", "2024", "--date", "2024-12-31", "--title", "2024 年版", "--document", "克政办发〔2024〕1号");
        release.Code.ShouldBe(0, release.Err);
        release.Out.ShouldContain("已发布版本 2024");
        File.Exists(Path.Combine(_root, "releases", "2024.json")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(_root, "releases.yaml")).ShouldContain("克政办发〔2024〕1号");

        var ok = await Run("verify");
        ok.Code.ShouldBe(0, ok.Err);
        ok.Out.ShouldContain("1 个版本的快照均与记录一致");

        var path = Path.Combine(_root, "releases", "2024.json");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);
        var bad = await Run("verify");
        bad.Code.ShouldBe(1);
        bad.Err.ShouldContain("error PL0607");
        bad.Err.ShouldContain("releases/2024.json");

        var diff = await Run("diff", "2024", "current");
        diff.Code.ShouldBe(1, "a changed snapshot is not compared");
        diff.Err.ShouldContain("PL0607");
    }

    [Fact]
    public async Task A_release_is_never_overwritten_and_bad_names_are_usage_errors()
    {
        (await Run("release", "2024", "--date", "2024-12-31", "--title", "a")).Code.ShouldBe(0);
        var again = await Run("release", "2024", "--date", "2025-01-01", "--title", "b");
        again.Code.ShouldBe(1);
        again.Err.ShouldContain("PL0610");
        (await Run("release", "current", "--date", "2024-12-31", "--title", "a")).Code.ShouldBe(2);
        (await Run("release", "2026", "--date", "2026-02-30", "--title", "a")).Code.ShouldBe(2);
        (await Run("diff", "2023", "current")).Code.ShouldBe(2);
    }

    [Fact]
    public async Task Diff_of_a_release_against_edited_current_lists()
    {
        (await Run("release", "2024", "--date", "2024-12-31", "--title", "2024 年版")).Code.ShouldBe(0);
        var file = Path.Combine(_root, "da", "cf.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("第四十八条", "第四十九条", StringComparison.Ordinal));

        var json = await Run("diff", "2024", "current", "--format", "json");
        json.Code.ShouldBe(0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var changed = doc.RootElement.GetProperty("changed");
        changed.GetArrayLength().ShouldBe(1);
        changed[0].GetProperty("code").GetString().ShouldBe("650200-DA-CF-0001");
        changed[0].GetProperty("fields")[0].GetProperty("field").GetString().ShouldBe("basis");
        doc.RootElement.GetProperty("to").GetProperty("version").GetString().ShouldBe("current");

        var text = await Run("diff", "2024", "current");
        text.Out.ShouldContain("第四十[-八-]{+九+}条");
        (await Run("diff", "2024", "current", "--format", "markdown")).Out.ShouldContain("<del>八</del><ins>九</ins>");
        (await Run("diff", "2024", "current", "--format", "csv")).Out.ShouldStartWith("change,type,code");
        (await Run("diff", "2024", "2024")).Out.ShouldContain("共 0 项");
    }

    [Fact]
    public async Task Non_public_entries_are_kept_in_the_snapshot_and_absent_from_every_diff()
    {
        (await Run("release", "2024", "--date", "2024-12-31", "--title", "2024 年版")).Code.ShouldBe(0);
        var snapshot = File.ReadAllText(Path.Combine(_root, "releases", "2024.json"));
        snapshot.ShouldContain("\"public\": false");
        var hidden = JsonDocument.Parse(snapshot).RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.TryGetProperty("public", out var p) && p.ValueKind == JsonValueKind.False)
            .Select(e => e.GetProperty("code").GetString()!).ToList();
        hidden.ShouldNotBeEmpty();

        // Delete every list file: all public entries are "removed", the non-public ones must not show.
        foreach (var dir in Directory.GetDirectories(_root).Where(d => !Path.GetFileName(d).StartsWith('_') && Path.GetFileName(d) != "releases"))
        {
            foreach (var f in Directory.GetFiles(dir, "*.yaml"))
            {
                File.WriteAllText(f, $"department: {Path.GetFileName(dir)}\ncategory: {Path.GetFileNameWithoutExtension(f)}\nentries: []\n");
            }
        }

        foreach (var format in new[] { "text", "json", "markdown", "csv" })
        {
            var result = await Run("diff", "2024", "current", "--format", format);
            result.Code.ShouldBe(0, result.Err);
            result.Out.ShouldContain("650200-DA-CF-0001");
            foreach (var code in hidden)
            {
                result.Out.ShouldNotContain(code);
            }
        }
    }
}
