using System.Text;
using System.Text.RegularExpressions;

namespace PowerList.Cli.Tests.Security;

/// <summary>
/// Release snapshots are a legal record: after two releases of the sample lists, each kind of tampering makes
/// <c>powerlist verify</c> exit 1 naming the file — truncation, one changed byte in the middle, an appended byte,
/// swapped snapshots, a deleted snapshot, an extra snapshot file, an edited digest in releases.yaml, a deleted
/// releases.yaml record. Untouched, verify passes.
/// </summary>
public sealed class TamperTests : IDisposable
{
    private readonly string _lists = Directory.CreateTempSubdirectory("powerlist-tamper-").FullName;

    public void Dispose() => Directory.Delete(_lists, recursive: true);

    private string Snapshot(string version) => Path.Combine(_lists, "releases", version + ".json");

    private string Manifest => Path.Combine(_lists, "releases.yaml");

    public static TheoryData<string> Tamperings() => new()
    {
        "truncate-half", "truncate-one-byte", "empty", "flip-middle-byte", "append-newline", "swap-snapshots",
        "delete-snapshot", "extra-snapshot", "edit-digest", "drop-record", "replace-with-directory",
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Verify_detects_tampering(string tampering)
    {
        await Prepare();
        var (before, _, beforeErr) = await Run("verify", "--lists", _lists);
        before.ShouldBe(0, beforeErr);

        var target = Snapshot("2024");
        switch (tampering)
        {
            case "truncate-half":
                Truncate(target, new FileInfo(target).Length / 2);
                break;
            case "truncate-one-byte":
                Truncate(target, new FileInfo(target).Length - 1);
                break;
            case "empty":
                Truncate(target, 0);
                break;
            case "flip-middle-byte":
                var bytes = File.ReadAllBytes(target);
                bytes[bytes.Length / 2] ^= 0x01;
                File.WriteAllBytes(target, bytes);
                break;
            case "append-newline":
                File.AppendAllText(target, "\n");
                break;
            case "swap-snapshots":
                var a = File.ReadAllBytes(Snapshot("2024"));
                File.WriteAllBytes(Snapshot("2024"), File.ReadAllBytes(Snapshot("2025")));
                File.WriteAllBytes(Snapshot("2025"), a);
                break;
            case "delete-snapshot":
                File.Delete(target);
                break;
            case "extra-snapshot":
                target = Snapshot("2023");
                File.Copy(Snapshot("2024"), target);
                break;
            case "edit-digest":
                target = Manifest;
                var text = File.ReadAllText(Manifest);
                var digest = Regex.Match(text, "[0-9a-f]{64}").Value;
                digest.ShouldNotBeEmpty();
                File.WriteAllText(Manifest, text.Replace(digest, (digest[0] == '0' ? "1" : "0") + digest[1..], StringComparison.Ordinal));
                break;
            case "drop-record":
                target = Snapshot("2025");
                var lines = File.ReadAllLines(Manifest).ToList();
                var start = lines.FindIndex(l => Regex.IsMatch(l, @"^\s*-\s.*2025|^\s*-\s*version:\s*""?2025"));
                start.ShouldBeGreaterThanOrEqualTo(0, File.ReadAllText(Manifest));
                var end = start + 1;
                while (end < lines.Count && !Regex.IsMatch(lines[end], @"^\s*-\s")) { end++; }
                lines.RemoveRange(start, end - start);
                File.WriteAllLines(Manifest, lines);
                break;
            case "replace-with-directory":
                File.Delete(target);
                Directory.CreateDirectory(target);
                break;
        }

        var (code, _, err) = await Run("verify", "--lists", _lists);
        code.ShouldBe(1, $"{tampering}: verify 应当失败；stderr: {err}");
        err.ShouldContain(Path.GetFileName(target), Case.Sensitive, tampering);
    }

    private async Task Prepare()
    {
        RepoPaths.CopySampleLists(_lists);

        (await Run("release", "2024", "--date", "2024-12-31", "--title", "2024 年版", "--lists", _lists)).Code.ShouldBe(0);
        var cf = Path.Combine(_lists, "fgw", "cf.yaml");
        File.WriteAllText(cf, File.ReadAllText(cf).Replace("name: ", "name: 修订", StringComparison.Ordinal));
        (await Run("release", "2025", "--date", "2025-12-31", "--title", "2025 年版", "--lists", _lists)).Code.ShouldBe(0);
    }

    private static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open);
        stream.SetLength(length);
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
