using System.CommandLine;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist build [LISTS] [-o site] [--templates DIR] [--detach-cleanup] [--clean] [--no-precompress] [--timings] [--jurisdiction ID --part]</c>: validate the lists and write the static site atomically.</summary>
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
        var timings = new Option<bool>("--timings") { Description = "在标准错误输出上打印各阶段用时和内存（与 POWERLIST_TIMINGS=1 相同，见 docs/cli.md）" };
        var showPrivate = PrivateOption.Create();
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "多辖区门户：只生成这个辖区（jurisdictions/ 下的文件夹名），与 --part 一起用" };
        var part = new Option<bool>("--part") { Description = "多辖区门户：把 --jurisdiction 指定辖区的部分（site/ 和 part.json）写到输出文件夹，之后用 powerlist merge 合并" };
        var command = new Command("build", "校验清单并生成静态网站：有错误时不生成，输出文件夹保持原样；生成失败或被中止时留下原来的网站，完成后恰好是新网站。");
        command.Arguments.Add(lists);
        command.Options.Add(output);
        command.Options.Add(templates);
        command.Options.Add(detach);
        command.Options.Add(clean);
        command.Options.Add(noPrecompress);
        command.Options.Add(timings);
        command.Options.Add(showPrivate);
        command.Options.Add(jurisdiction);
        command.Options.Add(part);
        command.SetAction((parse, token) =>
        {
            if (parse.GetValue(part) != (parse.GetValue(jurisdiction) is not null))
            {
                parse.InvocationConfiguration.Error.WriteLine("powerlist: --part 和 --jurisdiction 要一起用：生成一个辖区的部分");
                return Task.FromResult(CliApp.ExitUsage);
            }

            var runner = new SiteBuildRunner(parse.GetValue(lists)!, parse.GetValue(output)!, parse.GetValue(templates)) { DetachCleanup = parse.GetValue(detach), Clean = parse.GetValue(clean), Precompress = !parse.GetValue(noPrecompress), ShowPrivate = parse.GetValue(showPrivate), Jurisdiction = parse.GetValue(jurisdiction), PartOnly = parse.GetValue(part), Timings = parse.GetValue(timings) || SiteBuildRunner.TimingsByEnvironment };
            var config = parse.InvocationConfiguration;
            return Task.FromResult(runner.Run(config.Output, config.Error, token));
        });
        return command;
    }
}
