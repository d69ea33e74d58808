using System.Diagnostics;
using PowerList.Output;
using PowerList.Site.Writing;
using PowerList.Tests.Site;

namespace PowerList.Tests.Security;

/// <summary>
/// A build killed between its two renames leaves no output folder, the previous site in <c>&lt;out&gt;.old-&lt;pid&gt;-*</c>
/// and the new one in <c>&lt;out&gt;.tmp-&lt;pid&gt;-*</c>. The next build puts the previous site back (instead of
/// deleting it with the other leftovers), so a failure of that next build still leaves a site in place.
/// </summary>
public sealed class DeadSwapRecoveryTests : IDisposable
{
    private readonly string _dir = SiteTestSupport.NewTempFolder("dead-swap");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_previous_site_of_a_build_killed_mid_swap_is_restored_and_the_half_written_one_removed()
    {
        var pid = DeadPid();
        var output = Path.Combine(_dir, "site");
        var old = $"{output}.old-{pid}-0badc0de";
        var temp = $"{output}.tmp-{pid}-0badc0de";
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "index.html"), "previous site");
        Directory.CreateDirectory(temp);
        File.WriteAllText(Path.Combine(temp, "index.html"), "new site, complete or not");

        using (var writer = AtomicSiteWriter.Open(output))
        {
            File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("previous site");
            Directory.Exists(old).ShouldBeFalse();
            Directory.Exists(temp).ShouldBeFalse();

            // The next build fails: the restored previous site stays.
        }

        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("previous site");
        Directory.GetDirectories(_dir).Select(Path.GetFileName).ShouldBe(["site"]);

        using (var writer = AtomicSiteWriter.Open(output))
        {
            writer.Write(new OutputFile("index.html", "next site"u8.ToArray()));
            writer.Commit();
            writer.DeleteOld();
        }

        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("next site");
        Directory.GetDirectories(_dir).Select(Path.GetFileName).ShouldBe(["site"]);
    }

    // The id of a process that has exited.
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
