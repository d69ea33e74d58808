namespace PowerList.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public async Task Version_prints_the_version()
    {
        var run = await CliRun.Of("--version");
        run.ExitCode.ShouldBe(0);
        run.Out.Trim().ShouldStartWith("0.1.0");
    }

    [Fact]
    public async Task Help_lists_validate_and_schema()
    {
        var run = await CliRun.Of("--help");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("validate");
        run.Out.ShouldContain("schema");
    }

    [Fact]
    public async Task Validate_help_describes_the_formats()
    {
        var run = await CliRun.Of("validate", "--help");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("--format");
        run.Out.ShouldContain("github");
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var run = await CliRun.Of("validate", "--nope");
        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("--nope");
    }
}
