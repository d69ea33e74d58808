using System.CommandLine;
using PowerList.Conformity;
using PowerList.Diagnostics;
using PowerList.Validation;

namespace PowerList.Cli.Commands;

/// <summary>
/// <c>powerlist conform [LISTS] [--format text|json]</c>: how the lists stand against their standard catalogue
/// (<c>catalogue.yaml</c>): implemented, missing, beyond the catalogue, at a level the catalogue does not give.
/// </summary>
public static class ConformCommand
{
    public static Command Create()
    {
        var lists = new Argument<string>("LISTS")
        {
            Description = "清单文件夹（默认 ./lists）",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "lists",
        };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "多辖区门户：只对照这个辖区（jurisdictions/ 下的文件夹名）" };
        var command = new Command("conform", "对照通用目录（catalogue.yaml）：已实施、缺少、目录外和层级不符的事项");
        command.Arguments.Add(lists);
        command.Options.Add(format);
        command.Options.Add(jurisdiction);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(lists) ?? "lists";
            if (!Directory.Exists(root))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            if (PowerList.Portal.PortalLayout.IsPortal(root))
            {
                return PortalConform.Run(root, parse.GetValue(jurisdiction), parse.GetValue(format) == "json", output, error);
            }

            if (parse.GetValue(jurisdiction) is not null)
            {
                error.WriteLine("powerlist: --jurisdiction 只用于多辖区门户（有 portal.yaml 的清单文件夹）");
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

            if (parse.GetValue(format) == "json")
            {
                using var stdout = new MemoryStream(ConformityJson.Write(report));
                output.Write(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
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
