using System.CommandLine;
using PowerList.Export;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist export [LISTS] [--format xlsx|csv|json] [-o FILE] [--include-private]</c>.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var lists = new Argument<string>("LISTS")
        {
            Description = "清单文件夹（默认 ./lists）",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "lists",
        };
        var format = new Option<string>("--format") { Description = "xlsx（默认，每类一个工作表）、csv（一张表）或 json", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong([.. Exporter.Formats]);
        var outputFile = new Option<string>("--output", "-o") { Description = "输出文件（默认 权责清单.<格式>）" };
        var includePrivate = new Option<bool>("--include-private") { Description = "也导出不公开（涉密）的事项" };

        var command = new Command("export", "把清单导出为官员常用的 Excel/CSV 表格或 JSON（默认只含公开事项）");
        command.Arguments.Add(lists);
        command.Options.Add(format);
        command.Options.Add(outputFile);
        command.Options.Add(includePrivate);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(lists) ?? "lists";
            var kind = parse.GetValue(format) ?? "xlsx";
            if (!Directory.Exists(root))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            var (set, diagnostics) = ExistingLists.Load(root);
            // With --include-private the person exporting sees non-public entries anyway; else their texts stay out of the log.
            var errors = PrivateOption.Apply([.. diagnostics.Where(d => d.IsError)], set, parse.GetValue(includePrivate));
            foreach (var d in errors)
            {
                error.WriteLine(d.Format());
            }

            if (errors.Count > 0)
            {
                error.WriteLine("powerlist: 清单有错误，未导出");
                return CliApp.ExitErrors;
            }

            var bytes = Exporter.Export(set, kind, parse.GetValue(includePrivate));
            var path = parse.GetValue(outputFile) is { Length: > 0 } o ? o : $"权责清单.{kind}";
            Writing.AtomicFile.WriteBytes(path, bytes);
            var count = parse.GetValue(includePrivate) ? set.Entries.Count() : set.PublicEntries.Count();
            error.WriteLine($"导出 {count} 项到 {path}（{bytes.Length} 字节）");
            return CliApp.ExitOk;
        });
        return command;
    }
}
