using System.CommandLine;
using PowerList.Diagnostics;
using PowerList.Versions;
using PowerList.Versions.Snapshots;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist release VERSION --date YYYY-MM-DD --title "…" [--document "…号"] [--lists DIR]</c>.</summary>
public static class ReleaseCommand
{
    public static Command Create()
    {
        var version = new Argument<string>("version") { Description = "版本名，如 2025（字母、数字、点、下划线、连字符，最多 32 个字符）" };
        var date = new Option<string>("--date") { Description = "发布日期 YYYY-MM-DD", Required = true };
        var title = new Option<string>("--title") { Description = "版本标题，如 2025 年版权责清单", Required = true };
        var document = new Option<string>("--document") { Description = "公布该版本的文件文号，如 克政办发〔2025〕8号", DefaultValueFactory = _ => "" };
        var lists = VersionCommandSupport.ListsOption();
        var command = new Command("release", "把当前清单冻结为不可改写的发布版本：lists/releases/<版本>.json，并记入 lists/releases.yaml（含 SHA-256）");
        command.Arguments.Add(version);
        command.Options.Add(date);
        command.Options.Add(title);
        command.Options.Add(document);
        command.Options.Add(lists);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var root = parse.GetValue(lists)!;
            var request = new ReleaseInfo
            {
                Version = parse.GetValue(version) ?? "",
                Date = parse.GetValue(date) ?? "",
                Title = parse.GetValue(title) ?? "",
                Document = parse.GetValue(document) ?? "",
            };
            var bag = new DiagnosticBag();
            if (!VersionNames.IsValid(request.Version) || !VersionNames.IsValidDate(request.Date))
            {
                new ReleaseStore(root).Create(new PowerList.Model.ListSet(), request, bag);
                VersionCommandSupport.Print(error, bag);
                return CliApp.ExitUsage;
            }

            if (!Directory.Exists(root))
            {
                error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            var current = VersionCommandSupport.LoadCurrent(root, bag);
            if (current is null)
            {
                VersionCommandSupport.Print(error, bag);
                error.WriteLine("清单有错误，不能发布；请先改正");
                return CliApp.ExitErrors;
            }

            var release = new ReleaseStore(root).Create(current, request, bag);
            VersionCommandSupport.Print(error, bag);
            if (release is null)
            {
                return CliApp.ExitErrors;
            }

            output.WriteLine($"已发布版本 {release.Version}（{release.Date}）：{Path.Combine(root, release.SnapshotPath)}");
            output.WriteLine($"SHA-256 {release.Sha256}；公开职权 {release.PublicEntries} 项");
            return CliApp.ExitOk;
        });
        return command;
    }
}
