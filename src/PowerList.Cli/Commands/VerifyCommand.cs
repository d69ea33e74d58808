using System.CommandLine;
using PowerList.Diagnostics;
using PowerList.Versions.Snapshots;

namespace PowerList.Cli.Commands;

/// <summary><c>powerlist verify [--lists DIR]</c>: recomputes every snapshot's SHA-256 against releases.yaml.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var lists = VersionCommandSupport.ListsOption();
        var command = new Command("verify", "核对每个已发布版本的快照与 releases.yaml 中记录的 SHA-256 是否一致");
        command.Options.Add(lists);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(lists)!;
            if (!Directory.Exists(root))
            {
                parse.InvocationConfiguration.Error.WriteLine($"powerlist: 找不到清单文件夹 {root}");
                return CliApp.ExitUsage;
            }

            var bag = new DiagnosticBag();
            var manifest = new ReleaseStore(root).Verify(bag);
            VersionCommandSupport.Print(parse.InvocationConfiguration.Error, bag);
            if (bag.HasErrors)
            {
                return CliApp.ExitErrors;
            }

            parse.InvocationConfiguration.Output.WriteLine(manifest.Releases.IsEmpty
                ? "还没有发布过版本"
                : $"{manifest.Releases.Length} 个版本的快照均与记录一致：{string.Join("、", manifest.Releases.Select(r => r.Version))}");
            return CliApp.ExitOk;
        });
        return command;
    }
}
