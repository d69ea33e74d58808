namespace PowerList.Cli.Tests.Commands;

/// <summary><c>powerlist generate</c>: writes valid lists of the asked size, refuses a folder that is not empty.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "powerlist-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Generates_lists_that_validate()
    {
        var lists = Path.Combine(_dir, "lists");

        var run = await CliRun.Of("generate", "--entries", "120", "--seed", "4", "--into", lists);

        run.ExitCode.ShouldBe(0, run.Err);
        run.Out.ShouldContain("已生成 120 项职权");
        var check = await CliRun.Of("validate", lists);
        check.ExitCode.ShouldBe(0, check.Out);
        check.Err.ShouldContain("120 项职权");
    }

    [Fact]
    public async Task A_folder_with_files_is_refused_and_left_alone()
    {
        Directory.CreateDirectory(_dir);
        var mine = Path.Combine(_dir, "mine.txt");
        File.WriteAllText(mine, "keep");

        var run = await CliRun.Of("generate", "--entries", "10", "--into", _dir);

        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("不是空文件夹");
        Directory.GetFileSystemEntries(_dir).ShouldBe([mine]);
    }
}
