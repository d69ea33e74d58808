using System.CommandLine;
using System.Reflection;
using PowerList.Cli.Commands;

namespace PowerList.Cli;

/// <summary>
/// The <c>powerlist</c> command. Each sub-command lives in <c>Commands/</c>, one file each, and is listed here.
/// Exit codes: 0 clean or warnings only, 1 errors in the lists, 2 usage or I/O failure.
/// </summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitErrors = 1;
    public const int ExitUsage = 2;

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("PowerList：把权责清单（YAML）校验、索引并发布为可检索的静态网站和开放数据。");
        foreach (var command in Catalog())
        {
            root.Subcommands.Add(command);
        }

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction();
        }

        return root;
    }

    /// <summary>Every sub-command, in the order <c>--help</c> lists them.</summary>
    private static IEnumerable<Command> Catalog()
    {
        // Sub-commands register here, one line each.
        yield return Commands.InitCommand.Create();
        yield return Commands.ValidateCommand.Create();
        yield return Commands.NewCommand.Create();
        yield return Commands.SchemaCommand.Create();
        yield return Commands.ImportCommand.Create();
        yield return Commands.ExportCommand.Create();
        yield return Commands.CatalogueCommand.Create();
        yield return Commands.ConformCommand.Create();
        yield return Commands.BuildCommand.Create();
        yield return Commands.MergeCommand.Create();
        yield return Commands.ServeCommand.Create();
        yield return Commands.ThemeCommand.Create();
        yield return Commands.SearchCommand.Create();
        yield return ReleaseCommand.Create();
        yield return DiffCommand.Create();
        yield return VerifyCommand.Create();
        yield return Commands.GenerateCommand.Create();
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRoot();
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"powerlist: {error.Message}");
            }

            await stderr.WriteLineAsync("用法见 powerlist --help");
            return ExitUsage;
        }

        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"powerlist: 读写失败：{ex.Message}");
            return ExitUsage;
        }
        catch (UnauthorizedAccessException ex)
        {
            await stderr.WriteLineAsync($"powerlist: 没有访问权限：{ex.Message}");
            return ExitUsage;
        }
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
