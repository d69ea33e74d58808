using System.Diagnostics;
using System.Text;
using PowerList.Output;
using PowerList.Building;
using PowerList.Site.Writing;

namespace PowerList.Tests.Site.Writing;

/// <summary>
/// The in-place writer's transaction on a small site that has every kind of change (kept, changed, added and
/// deleted files, a file that becomes a folder and a folder that becomes a file): a commit leaves exactly the new
/// site; a build killed at any step (before the journal is complete, after any number of the journal's operations,
/// before clean-up) leaves, once the next build has recovered the folder, exactly the previous site or exactly the
/// new one, and no leftovers; applying a journal again changes nothing.
/// </summary>
public sealed class InPlaceSiteWriterTests : IDisposable
{
    private static readonly Dictionary<string, string> OldSite = new(StringComparer.Ordinal)
    {
        ["index.html"] = "old home",
        ["kept/page.html"] = "kept",
        ["changed/page.html"] = "old changed",
        ["gone/deep/page.html"] = "gone",
        ["file-then-folder"] = "a file",
        ["folder-then-file/index.html"] = "in a folder",
        [BuildManifest.FileName] = "old manifest",
    };

    private static readonly Dictionary<string, string> NewSite = new(StringComparer.Ordinal)
    {
        ["index.html"] = "new home",
        ["kept/page.html"] = "kept",
        ["changed/page.html"] = "new changed",
        ["added/one/page.html"] = "added",
        ["file-then-folder/index.html"] = "now in a folder",
        ["folder-then-file"] = "now a file",
        [BuildManifest.FileName] = "new manifest",
    };

    private readonly string _dir = SiteTestSupport.NewTempFolder("in-place");

    private string Site => Path.Combine(_dir, "site");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_commit_leaves_exactly_the_new_site_and_no_leftovers()
    {
        WriteOldSite();
        var keptBefore = File.GetLastWriteTimeUtc(Path.Combine(Site, "kept", "page.html"));

        using (var writer = Stage(Environment.ProcessId))
        {
            writer.Staged.ShouldBe(NewSite.Count - 1);
            writer.FilesWritten.ShouldBe(NewSite.Count);
            writer.Commit();

            // The deleted and replaced files keep a name in the trash folder until the build removes it.
            var trash = writer.OldFolder.ShouldNotBeNull();
            Path.GetFileName(trash).ShouldStartWith("site.trash-");
            var kept = Directory.GetFiles(trash, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(trash, f).Replace('\\', '/') + "=" + File.ReadAllText(f)).Order(StringComparer.Ordinal).ToList();
            var replacedOrDeleted = OldSite.Where(o => !NewSite.Any(n => n.Key == o.Key && n.Value == o.Value))
                .Select(o => o.Key + "=" + o.Value).Order(StringComparer.Ordinal).ToList();
            kept.ShouldBe(replacedOrDeleted);
            writer.DeleteOld();
            writer.OldFolder.ShouldBeNull();
        }

        Contents().ShouldBe(Lines(NewSite));
        Folders().ShouldBe(["added", "added/one", "changed", "file-then-folder", "kept"]);
        File.GetLastWriteTimeUtc(Path.Combine(Site, "kept", "page.html")).ShouldBe(keptBefore, "an unchanged file is not touched");
        Beside().ShouldBe(["site"]);
    }

    [Fact]
    public void Disposing_without_commit_leaves_the_previous_site_and_removes_the_stage()
    {
        WriteOldSite();
        using (var writer = Stage(Environment.ProcessId))
        {
            Directory.Exists(writer.StageFolder).ShouldBeTrue();
        }

        Contents().ShouldBe(Lines(OldSite));
        Beside().ShouldBe(["site"]);
    }

    [Fact]
    public void Killed_before_the_journal_is_written_the_next_build_finds_the_previous_site()
    {
        WriteOldSite();
        var writer = Stage(DeadPid());

        // Killed here: the stage folder of a dead process is left, the site untouched.
        Contents().ShouldBe(Lines(OldSite));
        SiteRecovery.Recover(Site);

        Contents().ShouldBe(Lines(OldSite));
        Directory.Exists(writer.StageFolder).ShouldBeFalse();
        Beside().ShouldBe(["site"]);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("checksum")]
    [InlineData("count")]
    [InlineData("empty")]
    public void Killed_while_writing_the_journal_the_next_build_finds_the_previous_site(string damage)
    {
        WriteOldSite();
        var writer = Stage(DeadPid());
        writer.WriteJournal();
        var journal = SiteJournal.PathFor(Site);
        var text = File.ReadAllText(journal);
        switch (damage)
        {
            case "cut":
                // Still being written: only the temporary file exists.
                File.Move(journal, journal + ".tmp");
                File.WriteAllText(journal + ".tmp", text[..(text.Length / 2)]);
                break;
            case "checksum":
                File.WriteAllText(journal, text.Replace("move index.html", "move kept/page.html", StringComparison.Ordinal));
                break;
            case "count":
                var lines = text.TrimEnd('\n').Split('\n');
                File.WriteAllText(journal, string.Join('\n', lines.Where((_, i) => i != 3)) + "\n");
                break;
            case "empty":
                File.WriteAllText(journal, "");
                break;
        }

        SiteRecovery.Recover(Site);

        Contents().ShouldBe(Lines(OldSite));
        Beside().ShouldBe(["site"]);
    }

    public static TheoryData<int> Steps()
    {
        var data = new TheoryData<int>();

        // 3 deletes (gone/deep/page.html, file-then-folder, folder-then-file/index.html) and 6 moves: every cut.
        for (var step = 0; step <= 10; step++)
        {
            data.Add(step);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Killed_during_apply_the_next_build_finishes_the_new_site(int step)
    {
        WriteOldSite();
        var writer = Stage(DeadPid());
        var journal = writer.WriteJournal();
        (journal.Deletes.Count + journal.Moves.Count).ShouldBe(9);
        journal.Moves[^1].ShouldBe(BuildManifest.FileName, "the manifest moves last");

        journal.Apply(Site, stopAfter: step);
        SiteRecovery.Recover(Site);

        Contents().ShouldBe(Lines(NewSite));
        Folders().ShouldBe(["added", "added/one", "changed", "file-then-folder", "kept"]);
        Beside().ShouldBe(["site"]);
    }

    [Fact]
    public void Killed_before_clean_up_the_next_build_removes_journal_and_stage()
    {
        WriteOldSite();
        var writer = Stage(DeadPid());
        writer.WriteJournal().Apply(Site);
        Contents().ShouldBe(Lines(NewSite));

        SiteRecovery.Recover(Site);

        Contents().ShouldBe(Lines(NewSite));
        Beside().ShouldBe(["site"]);
    }

    [Fact]
    public void Applying_a_journal_again_changes_nothing()
    {
        WriteOldSite();
        var journal = Stage(DeadPid()).WriteJournal();
        journal.Apply(Site);
        var once = Contents();

        journal.Apply(Site);
        journal.Apply(Site, stopAfter: 3);
        SiteJournal.TryLoad(Site).ShouldNotBeNull().Apply(Site);

        Contents().ShouldBe(once);
        once.ShouldBe(Lines(NewSite));
    }

    [Fact]
    public void Files_no_manifest_lists_stay_unless_a_new_file_needs_their_place()
    {
        WriteOldSite();
        File.WriteAllText(Path.Combine(Site, "kept", "mine.txt"), "put here by hand");
        Directory.CreateDirectory(Path.Combine(Site, "added"));
        File.WriteAllText(Path.Combine(Site, "added", "one"), "a file where a folder goes");
        File.Delete(Path.Combine(Site, "changed", "page.html"));
        Directory.CreateDirectory(Path.Combine(Site, "changed", "page.html", "sub"));
        File.WriteAllText(Path.Combine(Site, "changed", "page.html", "sub", "x.txt"), "a folder where a file goes");

        using (var writer = Stage(Environment.ProcessId))
        {
            writer.Commit();
        }

        var expected = new Dictionary<string, string>(NewSite, StringComparer.Ordinal) { ["kept/mine.txt"] = "put here by hand" };
        Contents().ShouldBe(Lines(expected));
    }

    [Fact]
    public void Symbolic_links_in_the_site_are_never_followed_out_of_it()
    {
        WriteOldSite();
        var outside = Path.Combine(_dir, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "deep"));
        File.WriteAllText(Path.Combine(outside, "deep", "page.html"), "not the site's");

        // gone/ now points outside (its file is to be deleted), added/ and changed/page.html too (new files go there).
        Directory.Delete(Path.Combine(Site, "gone"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Site, "gone"), outside);
        Directory.CreateSymbolicLink(Path.Combine(Site, "added"), outside);
        File.Delete(Path.Combine(Site, "changed", "page.html"));
        File.CreateSymbolicLink(Path.Combine(Site, "changed", "page.html"), Path.Combine(outside, "deep", "page.html"));

        using (var writer = Stage(Environment.ProcessId))
        {
            writer.Commit();
        }

        Directory.GetFileSystemEntries(outside, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(outside, p)).Order(StringComparer.Ordinal)
            .ShouldBe(["deep", "deep/page.html"]);
        File.ReadAllText(Path.Combine(outside, "deep", "page.html")).ShouldBe("not the site's");
        new DirectoryInfo(Path.Combine(Site, "added")).LinkTarget.ShouldBeNull();
        new FileInfo(Path.Combine(Site, "changed", "page.html")).LinkTarget.ShouldBeNull();
        File.ReadAllText(Path.Combine(Site, "added", "one", "page.html")).ShouldBe("added");
        File.ReadAllText(Path.Combine(Site, "changed", "page.html")).ShouldBe("new changed");
    }

    [Fact]
    public void Paths_in_a_journal_that_leave_the_site_are_refused()
    {
        WriteOldSite();
        var outside = Path.Combine(_dir, "outside.txt");
        File.WriteAllText(outside, "keep me");
        var journal = new SiteJournal("site.stage-1-00000000", ["../outside.txt"], []);

        Should.Throw<InvalidOperationException>(() => journal.Apply(Site));

        File.ReadAllText(outside).ShouldBe("keep me");
    }

    private InPlaceSiteWriter Stage(int pid)
    {
        var writer = InPlaceSiteWriter.Open(Site, OldSite.Keys.Where(k => k != BuildManifest.FileName).ToList(), pid);
        foreach (var (path, text) in NewSite)
        {
            if (OldSite.TryGetValue(path, out var old) && old == text)
            {
                writer.Reuse(path, Path.Combine(Site, path), Encoding.UTF8.GetByteCount(text));
            }
            else
            {
                writer.Write(new OutputFile(path, Encoding.UTF8.GetBytes(text)));
            }
        }

        return writer;
    }

    private void WriteOldSite()
    {
        foreach (var (path, text) in OldSite)
        {
            var full = Path.Combine(Site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    // Every file of the site as "path = text", in path order.
    private string[] Contents() => Lines(SiteTestSupport.Snapshot(Site).ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetString(kv.Value)));

    private static string[] Lines(IReadOnlyDictionary<string, string> files) =>
        files.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} = {kv.Value}").ToArray();

    private string[] Folders() =>
        Directory.GetDirectories(Site, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Site, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    // Everything beside the site but its lock file.
    private string[] Beside() =>
        Directory.GetFileSystemEntries(_dir)
            .Select(Path.GetFileName)
            .Where(n => n != "site.lock")
            .Order(StringComparer.Ordinal)
            .ToArray()!;

    // The id of a process that has exited.
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
