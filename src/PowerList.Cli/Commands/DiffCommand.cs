using System.CommandLine;
using System.Text;
using PowerList.Diagnostics;
using PowerList.Versions;
using PowerList.Versions.Diffing;
using PowerList.Versions.Formatting;
using PowerList.Versions.Snapshots;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist diff A B [--format text|json|markdown|csv] [--lists DIR]</c>; A and B a release or <c>current</c>.</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "较早的版本名，或 current（当前清单）" };
        var to = new Argument<string>("to") { Description = "较晚的版本名，或 current" };
        var format = new Option<string>("--format") { Description = "输出格式", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "csv");
        var lists = VersionCommandSupport.ListsOption();
        var showPrivate = PrivateOption.Create();
        var command = new Command("diff", "比较两个版本：新增、移出、内容变化（逐字段、逐字）、调整部门或类别、替代，按类型、部门、类别计数");
        command.Arguments.Add(from);
        command.Arguments.Add(to);
        command.Options.Add(format);
        command.Options.Add(lists);
        command.Options.Add(showPrivate);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(lists)!;
            var error = parse.InvocationConfiguration.Error;
            if (!Directory.Exists(root))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            var bag = new DiagnosticBag();
            var store = new ReleaseStore(root);
            var manifest = store.ReadManifest(bag);
            var resolver = new VersionResolver(store, manifest, b => VersionCommandSupport.LoadCurrent(root, b, parse.GetValue(showPrivate)));
            var a = bag.HasErrors ? null : resolver.Resolve(parse.GetValue(from)!, bag);
            var b = a is null ? null : resolver.Resolve(parse.GetValue(to)!, bag);
            VersionCommandSupport.Print(error, bag);
            if (a is null || b is null)
            {
                return bag.ToSortedList().Any(d => d.Code == PowerList.Versions.VersionDiagnostics.UnknownVersion) ? CliApp.ExitUsage : CliApp.ExitErrors;
            }

            var diff = VersionComparer.Compare(a, b);
            var text = parse.GetValue(format) switch
            {
                "json" => Encoding.UTF8.GetString(DiffJson.Write(diff)),
                "markdown" => DiffMarkdown.Write(diff),
                "csv" => DiffCsv.Write(diff),
                _ => DiffText.Write(diff),
            };
            parse.InvocationConfiguration.Output.Write(text);
            return CliApp.ExitOk;
        });
        return command;
    }
}
