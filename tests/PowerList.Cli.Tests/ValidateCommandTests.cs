using System.Text.Json;

namespace PowerList.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public async Task Sample_lists_are_clean()
    {
        var run = await CliRun.Of("validate", RepoPaths.SampleLists);
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldBe("");
        run.Err.ShouldBe("0 个错误，0 个警告（7 个清单文件，11 项职权）\n");
    }

    [Fact]
    public async Task Missing_folder_exits_2()
    {
        var run = await CliRun.Of("validate", Path.Combine(RepoPaths.Root, "no-such-folder"));
        run.ExitCode.ShouldBe(2);
        run.Err.ShouldContain("找不到清单文件夹");
    }

    [Fact]
    public async Task Bad_format_value_is_a_usage_error()
    {
        var run = await CliRun.Of("validate", RepoPaths.SampleLists, "--format", "xml");
        run.ExitCode.ShouldBe(2);
    }

    private static string BrokenCopy()
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-cli-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleLists, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(RepoPaths.SampleLists, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var list = Path.Combine(dir, "fgw", "xk.yaml");
        File.WriteAllText(list, File.ReadAllText(list).Replace("law: enterprise-investment-regulation\n        articles: 第三条", "law: enterprise-investment-regulaton\n        articles: 第三条"));
        File.AppendAllText(Path.Combine(dir, "da", "jc.yaml"), "  - code: 650200-da-jc-0002\n    name: 检查\n");
        return dir;
    }

    [Fact]
    public async Task Errors_exit_1_with_text_lines_relative_to_the_current_folder()
    {
        var dir = BrokenCopy();
        try
        {
            var run = await CliRun.Of("validate", dir);
            run.ExitCode.ShouldBe(1);
            var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), dir).Replace('\\', '/');
            run.Out.ShouldBe(
                $"{rel}/da/jc.yaml:38:5: warning PL0501: 职权“检查”没有法定依据\n" +
                $"{rel}/da/jc.yaml:38:11: error PL0301: 编码“650200-da-jc-0002”不合格：含有小写字母，只能用大写字母、数字和连字符\n" +
                $"{rel}/fgw/xk.yaml:8:14: error PL0307: 引用的法规“enterprise-investment-regulaton”不在 laws.yaml 中，是不是要写“enterprise-investment-regulation”？\n");
            run.Err.ShouldBe("2 个错误，1 个警告（7 个清单文件，12 项职权）\n");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Json_and_github_formats()
    {
        var dir = BrokenCopy();
        try
        {
            var json = await CliRun.Of("validate", dir, "--format", "json");
            json.ExitCode.ShouldBe(1);
            using var doc = JsonDocument.Parse(json.Out);
            var items = doc.RootElement.EnumerateArray().ToArray();
            items.Length.ShouldBe(3);
            items[2].GetProperty("file").GetString()!.ShouldEndWith("/fgw/xk.yaml");
            items[2].GetProperty("line").GetInt32().ShouldBe(8);
            items[2].GetProperty("column").GetInt32().ShouldBe(14);
            items[2].GetProperty("severity").GetString().ShouldBe("error");
            items[2].GetProperty("code").GetString().ShouldBe("PL0307");
            items[0].GetProperty("severity").GetString().ShouldBe("warning");
            json.Out.ShouldContain("不在 laws.yaml 中");

            var github = await CliRun.Of("validate", dir, "--format", "github");
            github.ExitCode.ShouldBe(1);
            var lines = github.Out.TrimEnd('\n').Split('\n');
            lines.Length.ShouldBe(3);
            lines[0].ShouldStartWith("::warning file=");
            lines[2].ShouldMatch(@"^::error file=[^,]*/fgw/xk\.yaml,line=8,col=14,title=PL0307::引用的法规“enterprise-investment-regulaton”不在 laws\.yaml 中，是不是要写“enterprise-investment-regulation”？$");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
