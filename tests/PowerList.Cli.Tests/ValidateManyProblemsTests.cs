namespace PowerList.Cli.Tests;

public class ValidateManyProblemsTests
{
    private static readonly string Cases = Path.Combine(RepoPaths.Root, "tests", "PowerList.Tests", "Validation", "Cases");

    [Fact]
    public async Task A_tree_broken_in_several_files_reports_every_problem_in_one_run_and_exits_1()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-many-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyTree(Path.Combine(Cases, "_base"), dir);
            CopyTree(Path.Combine(Cases, "many-problems-in-one-run"), dir);
            File.Delete(Path.Combine(dir, "expected.txt"));

            var run = await CliRun.Of("validate", dir);

            run.ExitCode.ShouldBe(1);
            var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), dir).Replace('\\', '/');
            var expected = File.ReadAllLines(Path.Combine(Cases, "many-problems-in-one-run", "expected.txt")).Select(l => $"{rel}/{l}").ToArray();
            expected.Length.ShouldBeGreaterThan(10);
            run.Out.TrimEnd('\n').Split('\n').ShouldBe(expected);
            run.Out.ShouldContain("scjg/cf.yaml:9:1: error PL0101");
            run.Out.ShouldContain("scjg/xk.yaml:7:5: error PL0104");
            run.Out.ShouldContain("fgw/cf.yaml:6:19: error PL0307");
            run.Err.ShouldStartWith("9 个错误，3 个警告");
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
