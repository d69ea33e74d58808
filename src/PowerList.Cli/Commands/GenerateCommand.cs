using System.CommandLine;
using PowerList.Generation;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist generate --entries N [--seed S] --into DIR</c>: write a realistic lists folder of N entries
/// resampled from the real Karamay lists, for benchmarks and tests. Deterministic for a seed.
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var entries = new Option<int>("--entries", "-n") { Description = "职权事项数", Required = true };
        var seed = new Option<int>("--seed") { Description = "随机种子（同一种子生成同样的清单）", DefaultValueFactory = _ => 1 };
        var into = new Option<string>("--into") { Description = "写入的清单文件夹（必须不存在或为空）", Required = true };
        var command = new Command("generate", "生成任意规模的测试清单：从真实清单重新抽样，部门、类别和文字长度的分布与真实数据一致。");
        command.Options.Add(entries);
        command.Options.Add(seed);
        command.Options.Add(into);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var count = parse.GetValue(entries);
            var folder = parse.GetValue(into)!;
            if (count < 0)
            {
                error.WriteLine("powerlist: --entries 不能是负数");
                return CliApp.ExitUsage;
            }

            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                error.WriteLine($"powerlist: {folder} 不是空文件夹；生成的清单只写入新的或空的文件夹");
                return CliApp.ExitUsage;
            }

            try
            {
                var result = ListGenerator.Generate(count, parse.GetValue(seed), folder);
                output.WriteLine($"已生成 {result.Entries} 项职权：{result.Departments} 个部门，{result.ListFiles} 个清单文件，{result.Laws} 部法律法规，位于 {folder}");
                return CliApp.ExitOk;
            }
            catch (IOException ex)
            {
                error.WriteLine($"powerlist: 写入 {folder} 失败：{ex.Message}");
                return CliApp.ExitUsage;
            }
        });
        return command;
    }
}
