using System.CommandLine;
using PowerList.Diagnostics;
using PowerList.Validation;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist validate [LISTS] [--format text|json|github]</c>: load and check the lists, report every problem.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var lists = new Argument<string>("LISTS")
        {
            Description = "清单文件夹（默认 ./lists）",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "lists",
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：text（默认）、json、github（GitHub Actions 注释）",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var showPrivate = PrivateOption.Create();

        var command = new Command("validate", "校验清单：一次报告全部错误和警告（有错误时退出码为 1）");
        command.Arguments.Add(lists);
        command.Options.Add(format);
        command.Options.Add(showPrivate);
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

            var kind = parse.GetValue(format) switch
            {
                "json" => DiagnosticFormat.Json,
                "github" => DiagnosticFormat.GitHub,
                _ => DiagnosticFormat.Text,
            };
            if (PowerList.Portal.PortalLayout.IsPortal(root))
            {
                var tree = PowerList.Portal.PortalLoader.Load(root);
                DiagnosticWriter.Write(output, PortalDiagnostics.Shown(tree, parse.GetValue(showPrivate)), kind);
                var all = tree.Jurisdictions.Select(j => j.Checked.Lists).ToList();
                error.WriteLine($"{DiagnosticWriter.Summary(tree.Diagnostics.ToArray())}（{tree.Jurisdictions.Length} 个辖区，{all.Sum(l => l.Files.Length)} 个清单文件，{all.Sum(l => l.Files.Sum(f => f.Entries.Length))} 项职权）");
                return tree.HasErrors ? CliApp.ExitErrors : CliApp.ExitOk;
            }

            var result = ListCheck.Run(root);
            DiagnosticWriter.Write(output, PrivateOption.Apply(result.Diagnostics, result.Lists, parse.GetValue(showPrivate)), kind);
            var files = result.Lists.Files.Length;
            var entries = result.Lists.Files.Sum(f => f.Entries.Length);
            error.WriteLine($"{DiagnosticWriter.Summary(result.Diagnostics.ToArray())}（{files} 个清单文件，{entries} 项职权）");
            return result.HasErrors ? CliApp.ExitErrors : CliApp.ExitOk;
        });
        return command;
    }
}
