using System.CommandLine;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist build [LISTS] [-o site] [--templates DIR] [--detach-cleanup]</c>: validate the lists and write the static site atomically.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var lists = new Argument<string>("lists") { Description = "清单文件夹", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "lists" };
        var output = new Option<string>("--output", "-o") { Description = "输出文件夹（整体替换）", DefaultValueFactory = _ => "site" };
        var templates = new Option<string?>("--templates") { Description = "网站模板文件夹（默认：清单文件夹旁的 site-templates）" };
        var detach = new Option<bool>("--detach-cleanup") { Description = "新网站就位后立即退出，旧网站交给后台进程（rm -rf）删除" };
        var command = new Command("build", "校验清单并生成静态网站：有错误时不生成，输出文件夹保持原样；生成过程原子替换。");
        command.Arguments.Add(lists);
        command.Options.Add(output);
        command.Options.Add(templates);
        command.Options.Add(detach);
        command.SetAction((parse, token) =>
        {
            var runner = new SiteBuildRunner(parse.GetValue(lists)!, parse.GetValue(output)!, parse.GetValue(templates)) { DetachCleanup = parse.GetValue(detach) };
            var config = parse.InvocationConfiguration;
            return Task.FromResult(runner.Run(config.Output, config.Error, token));
        });
        return command;
    }
}
