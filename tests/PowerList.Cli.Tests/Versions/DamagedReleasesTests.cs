using System.Security.Cryptography;
using PowerList.Cli.Commands;

namespace PowerList.Cli.Tests.Versions;

/// <summary>
/// Releases are data, checked like lists: with releases.yaml or a snapshot damaged in each way, <c>validate</c>,
/// <c>build</c> and a <c>serve</c> rebuild report an error with its code at its place and exit 1, and the site built
/// before — version pages included — is left byte for byte as it was (before, the build exited 0 and deleted them).
/// </summary>
public sealed class DamagedReleasesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("powerlist-damaged-releases-").FullName;

    private string Lists => Path.Combine(_dir, "lists");

    private string Site => Path.Combine(_dir, "site");

    private static string Templates => Path.Combine(RepoPaths.Root, "site-templates");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Case, the expected code, where it must point (path relative to the lists folder, with ":line" when known).</summary>
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "unparsable-releases-yaml", "PL0601", "releases.yaml:2:" },
        { "missing-snapshot", "PL0606", "releases.yaml:4:5" },
        { "altered-snapshot", "PL0607", "releases.yaml:9:13" },
        { "snapshot-not-recorded", "PL0608", "releases/2023.json:1:1" },
        { "snapshot-links-outside", "PL0120", "releases/2024.json:1:1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_damaged_release_stops_validate_build_and_serve_and_the_site_stays(string name, string code, string at)
    {
        RepoPaths.CopySampleLists(Lists);
        var release = await CliRun.Of("release", "2024", "--date", "2024-12-31", "--title", "2024 年版", "--lists", Lists);
        release.ExitCode.ShouldBe(0, release.Err);
        var build = await CliRun.Of("build", Lists, "-o", Site, "--templates", Templates);
        build.ExitCode.ShouldBe(0, build.Out + build.Err);
        var before = Fingerprint(Site);
        before.Keys.ShouldContain(k => k.StartsWith("v/2024/", StringComparison.Ordinal));

        Damage(name);

        var validate = await CliRun.Of("validate", Lists);
        validate.ExitCode.ShouldBe(1, validate.Out + validate.Err);
        Reported(validate.Out, code, at);

        var rebuild = await CliRun.Of("build", Lists, "-o", Site, "--templates", Templates);
        rebuild.ExitCode.ShouldBe(1, rebuild.Out + rebuild.Err);
        Reported(rebuild.Out, code, at);
        Fingerprint(Site).ShouldBe(before, "the previous site, version pages included, must be untouched");

        var serve = new SiteBuildRunner(Lists, Site, Templates) { ReuseUnchangedFiles = true, WaitForCleanup = false };
        var stdout = new StringWriter();
        serve.Run(stdout, new StringWriter()).ShouldBe(CliApp.ExitErrors);
        Reported(stdout.ToString(), code, at);
        Fingerprint(Site).ShouldBe(before);
    }

    private void Reported(string output, string code, string at)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.Contains($"error {code}:", StringComparison.Ordinal));
        line.ShouldNotBeNull($"no {code} in:\n{output}");
        var lists = line.IndexOf("/lists/", StringComparison.Ordinal);
        lists.ShouldBeGreaterThanOrEqualTo(0, line);
        line[(lists + "/lists/".Length)..].ShouldStartWith(at, Case.Sensitive, line);
    }

    private void Damage(string name)
    {
        var manifest = Path.Combine(Lists, "releases.yaml");
        var snapshot = Path.Combine(Lists, "releases", "2024.json");
        switch (name)
        {
            case "unparsable-releases-yaml":
                File.WriteAllText(manifest, "releases:\n  - version: \"2024\n    date: [2024-12-31\n");
                break;
            case "missing-snapshot":
                File.Delete(snapshot);
                break;
            case "altered-snapshot":
                var bytes = File.ReadAllBytes(snapshot);
                bytes[bytes.Length / 2] ^= 0x01;
                File.WriteAllBytes(snapshot, bytes);
                break;
            case "snapshot-not-recorded":
                File.Copy(snapshot, Path.Combine(Lists, "releases", "2023.json"));
                break;
            case "snapshot-links-outside":
                var outside = Path.Combine(_dir, "2024.json");
                File.Move(snapshot, outside);
                File.CreateSymbolicLink(snapshot, outside);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    private static Dictionary<string, string> Fingerprint(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).StartsWith('.'))
            .ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);
}
