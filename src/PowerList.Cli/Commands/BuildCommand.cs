using System.CommandLine;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist build [LISTS] [-o site] [--templates DIR] [--detach-cleanup] [--clean] [--no-precompress]</c>: validate the lists and write the static site atomically.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var lists = new Argument<string>("lists") { Description = "清单文件夹", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "lists" };
        var output = new Option<string>("--output", "-o") { Description = "输出文件夹", DefaultValueFactory = _ => "site" };
        var templates = new Option<string?>("--templates") { Description = "网站模板文件夹（默认：清单文件夹旁的 site-templates，没有时用内置模板）" };
        var detach = new Option<bool>("--detach-cleanup") { Description = "新网站就位后立即退出，旧网站交给后台进程（rm -rf）删除" };
        var clean = new Option<bool>("--clean") { Description = "不复用上一次生成的结果：全部重新生成，写出完整的新网站文件夹后整体替换" };
        var noPrecompress = new Option<bool>("--no-precompress") { Description = "不在大于 1 KB 的文本文件旁写 .gz 压缩副本（默认写，供 nginx gzip_static 等直接发送，见 docs/deploy.md）" };
        var showPrivate = PrivateOption.Create();
        var command = new Command("build", "校验清单并生成静态网站：有错误时不生成，输出文件夹保持原样；生成失败或被中止时留下原来的网站，完成后恰好是新网站。");
        command.Arguments.Add(lists);
        command.Options.Add(output);
        command.Options.Add(templates);
        command.Options.Add(detach);
        command.Options.Add(clean);
        command.Options.Add(noPrecompress);
        command.Options.Add(showPrivate);
        command.SetAction((parse, token) =>
        {
            var runner = new SiteBuildRunner(parse.GetValue(lists)!, parse.GetValue(output)!, parse.GetValue(templates)) { DetachCleanup = parse.GetValue(detach), Clean = parse.GetValue(clean), Precompress = !parse.GetValue(noPrecompress), ShowPrivate = parse.GetValue(showPrivate) };
            var config = parse.InvocationConfiguration;
            return Task.FromResult(runner.Run(config.Output, config.Error, token));
        });
        return command;
    }
}
