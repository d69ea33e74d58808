using System.CommandLine;
using PowerList.Conformity;
using PowerList.Diagnostics;
using PowerList.Validation;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist conform [LISTS] [--format text|json|csv]</c>: how the lists stand against their standard catalogue
/// (<c>catalogue.yaml</c>): implemented, missing, beyond the catalogue, at a level the catalogue does not give.
/// <c>powerlist conform --item CODE LISTS... [--format text|json]</c>: one catalogue item side by side across several
/// jurisdictions (<see cref="ConformItem"/>).
/// </summary>
public static class ConformCommand
{
    public static Command Create()
    {
        var lists = new Argument<string[]>("LISTS")
        {
            Description = "清单文件夹（默认 ./lists）；--item 时可以是多个辖区的清单文件夹",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）、json 或 csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var item = new Option<string?>("--item") { Description = "一个目录编码：把各辖区实施这一项的情况并排对照（名称、依据的措辞差异，时限）" };
        var command = new Command("conform", "对照通用目录（catalogue.yaml）：已实施、缺少、目录外和层级不符的事项");
        command.Arguments.Add(lists);
        command.Options.Add(format);
        command.Options.Add(item);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folders = parse.GetValue(lists) is { Length: > 0 } given ? given : ["lists"];
            if (parse.GetValue(item) is { } code)
            {
                return ConformItem.Run(folders, code, parse.GetValue(format) ?? "text", output, error);
            }

            if (folders.Length > 1)
            {
                error.WriteLine("powerlist: 只能对照一个清单文件夹；多个文件夹用于 --item");
                return CliApp.ExitUsage;
            }

            var root = folders[0];
            if (!Directory.Exists(root))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            var result = ListCheck.Run(root);
            if (result.HasErrors)
            {
                DiagnosticWriter.Write(error, result.Diagnostics.Where(d => d.IsError).ToArray(), DiagnosticFormat.Text);
                error.WriteLine("powerlist: 清单有错误，先修正再对照目录");
                return CliApp.ExitErrors;
            }

            if (ConformityChecker.Check(result.Lists) is not { } report)
            {
                error.WriteLine($"powerlist: {root} 中没有 catalogue.yaml（通用目录），无从对照；可用 powerlist catalogue import 从目录表格生成");
                return CliApp.ExitUsage;
            }

            var kind = parse.GetValue(format);
            if (kind is "json" or "csv")
            {
                var bytes = kind == "json" ? ConformityJson.Write(report) : ConformityCsv.Write(report);
                output.Write(new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
            }
            else
            {
                ConformityText.Write(output, report);
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}
