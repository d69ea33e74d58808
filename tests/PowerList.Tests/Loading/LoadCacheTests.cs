using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PowerList.Generation;
using PowerList.Loading;
using PowerList.Tests.Validation;
using PowerList.Validation;

namespace PowerList.Tests.Loading;

/// <summary>
/// A load and validation that reuse what <see cref="LoadCache"/> and <see cref="ValidationCache"/> kept of earlier
/// runs must give exactly what a fresh run gives: the same model (every field and source position) and the same
/// diagnostics, after edits, adds, deletes and renames, and when a file turns invalid and valid again.
/// </summary>
public class LoadCacheTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed class Warm
    {
        public LoadCache Load { get; } = new();

        public ValidationCache Validation { get; } = new();

        public LoadResult Run(string root, LoadOptions? options = null) => ListCheck.Run(root, options, Load, Validation);
    }

    /// <summary>Model, diagnostics and unreadable files as one text, for comparing runs.</summary>
    private static string Snapshot(LoadResult result, string root)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append(d.Format(root)).Append('\n');
        }

        text.Append("unreadable: ").AppendJoin(",", result.Unreadable.Order()).Append('\n');
        text.Append(JsonSerializer.Serialize(result.Lists, Json));
        return text.ToString();
    }

    private static void ShouldMatchFresh(LoadResult warm, string root, LoadOptions? options = null)
    {
        var fresh = ListCheck.Run(root, options);
        Snapshot(warm, root).ShouldBe(Snapshot(fresh, root));
    }

    /// <summary>Sets every file's time of last write to <paramref name="at"/> (old enough for its stamp to be trusted).</summary>
    private static void Age(string root, DateTime at)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (new FileInfo(file).LinkTarget is null)
            {
                File.SetLastWriteTimeUtc(file, at);
            }
        }
    }

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var dir in Directory.EnumerateDirectories(ValidationCaseTests.CasesRoot).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (!name.StartsWith('_'))
            {
                data.Add(name, false);
                data.Add(name, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validation_case_applied_over_a_warm_base_and_reverted_matches_a_fresh_run(string name, bool oldStamps)
    {
        using var temp = new TempFolder();
        var baseOnly = Path.Combine(ValidationCaseTests.CasesRoot, "_base");
        var options = ValidationCaseTests.Compose(baseOnly, temp.Path);
        var warm = new Warm();
        var start = DateTime.UtcNow.AddHours(-1);
        if (oldStamps)
        {
            Age(temp.Path, start);
        }

        ShouldMatchFresh(warm.Run(temp.Path, options), temp.Path, options);

        // The case: files edited, added, deleted (some turn invalid).
        options = ValidationCaseTests.Compose(Path.Combine(ValidationCaseTests.CasesRoot, name), temp.Path);
        if (oldStamps)
        {
            Age(temp.Path, start.AddMinutes(1));
        }

        ShouldMatchFresh(warm.Run(temp.Path, options), temp.Path, options);

        // Back to the base: the files are valid again.
        Directory.Delete(temp.Path, recursive: true);
        Directory.CreateDirectory(temp.Path);
        options = ValidationCaseTests.Compose(baseOnly, temp.Path);
        if (oldStamps)
        {
            Age(temp.Path, start.AddMinutes(2));
        }

        ShouldMatchFresh(warm.Run(temp.Path, options), temp.Path, options);
        ShouldMatchFresh(warm.Run(temp.Path, options), temp.Path, options);
    }

    [Fact]
    public void Sample_lists_warm_run_matches_fresh_and_reuses_every_file()
    {
        var root = Path.Combine(RepoPaths.Root, "tests", "fixtures", "sample-lists");
        var warm = new Warm();
        ShouldMatchFresh(warm.Run(root), root);
        var second = warm.Run(root);
        ShouldMatchFresh(second, root);
        warm.Load.Parsed.ShouldBe(0);
        warm.Validation.Checked.ShouldBe(0);
        warm.Validation.Reused.ShouldBe(second.Lists.Files.Length);
    }

    [Fact]
    public void Generated_lists_after_edits_adds_deletes_renames_and_a_broken_file_match_fresh_runs()
    {
        using var temp = new TempFolder();
        var root = temp.Path;
        ListGenerator.Generate(400, 7, root);
        var clock = DateTime.UtcNow.AddHours(-1);
        Age(root, clock);
        var warm = new Warm();
        var first = warm.Run(root);
        ShouldMatchFresh(first, root);
        var files = first.Lists.Files.Select(f => f.Path).ToArray();
        files.Length.ShouldBeGreaterThan(4);

        void Step(Action change, int parsed)
        {
            change();
            clock = clock.AddMinutes(1);
            var result = warm.Run(root);
            ShouldMatchFresh(result, root);
            warm.Load.Parsed.ShouldBe(parsed);
        }

        // An edit of one entry's name (same length as before would not matter: the time stamp changes).
        Step(() =>
        {
            var text = File.ReadAllText(files[0]);
            var at = text.IndexOf("    name: ", StringComparison.Ordinal);
            File.WriteAllText(files[0], text.Insert(text.IndexOf('\n', at), "（修订）"));
        }, parsed: 1);
        warm.Validation.Checked.ShouldBe(1);

        // Same bytes written again: found unchanged by its hash.
        Step(() => File.WriteAllBytes(files[1], File.ReadAllBytes(files[1])), parsed: 0);
        warm.Load.UnchangedByHash.ShouldBe(2); // the file just written, and the edited one whose stamp was too recent

        // A duplicate code across files (cross-file check), then a file added, one deleted, one renamed.
        Step(() =>
        {
            var text = File.ReadAllText(files[2]);
            var code = first.Lists.Files[3].Entries[0].Code;
            var at = text.IndexOf("  - code: ", StringComparison.Ordinal) + "  - code: ".Length;
            File.WriteAllText(files[2], text[..at] + code + text[text.IndexOf('\n', at)..]);
        }, parsed: 1);
        Step(() => File.Copy(files[3], Path.Combine(Path.GetDirectoryName(files[3])!, "copy.yaml")), parsed: 1);
        Step(() => File.Delete(files[4]), parsed: 0);
        Step(() => File.Move(files[5], Path.Combine(Path.GetDirectoryName(files[0])!, Path.GetFileName(files[5]) + ".yaml")), parsed: 1);

        // A file that turns invalid, then valid again.
        var good = File.ReadAllBytes(files[6 % files.Length]);
        Step(() => File.WriteAllText(files[6 % files.Length], "department: [\nentries:\n  - code: x\n"), parsed: 1);
        Step(() => File.WriteAllBytes(files[6 % files.Length], good), parsed: 1);

        // A law changed in laws.yaml: every file's per-file checks run again.
        Step(() =>
        {
            var laws = Path.Combine(root, "laws.yaml");
            var text = File.ReadAllText(laws);
            var at = text.IndexOf("  - id: ", StringComparison.Ordinal) + "  - id: ".Length;
            File.WriteAllText(laws, text[..at] + "renamed-" + text[at..]);
        }, parsed: 1);
        warm.Validation.Reused.ShouldBe(0);
        Age(root, clock);
        ShouldMatchFresh(warm.Run(root), root);
        warm.Load.UnchangedByHash.ShouldBe(warm.Load.Count); // every time stamp changed, no byte did
        ShouldMatchFresh(warm.Run(root), root);
        warm.Load.UnchangedByStamp.ShouldBe(warm.Load.Count);
        warm.Validation.Checked.ShouldBe(0);
    }

    [Fact]
    public void Other_limits_forget_what_was_kept()
    {
        using var temp = new TempFolder();
        ValidationCaseTests.Compose(Path.Combine(ValidationCaseTests.CasesRoot, "_base"), temp.Path);
        var warm = new Warm();
        warm.Run(temp.Path);
        var small = LoadOptions.Default with { MaxFileBytes = 10 };
        ShouldMatchFresh(warm.Run(temp.Path, small), temp.Path, small);
        warm.Load.UnchangedByHash.ShouldBe(0);
        warm.Load.UnchangedByStamp.ShouldBe(0);
    }
}
