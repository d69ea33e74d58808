using System.Diagnostics;
using PowerList.Import;
using PowerList.Tabular;

namespace PowerList.Cli.Tests;

/// <summary>
/// The tool package, as a new user gets it: <c>dotnet pack src/PowerList.Cli</c>, <c>dotnet tool install --tool-path
/// &lt;tmp&gt; --add-source &lt;nupkg folder&gt; powerlist</c>, then <c>powerlist init</c> and <c>powerlist build</c> in an
/// empty folder with nothing beside the lists (no <c>site-templates</c>: the embedded defaults are used). Slow (a
/// Release build of the tool, 1–3 minutes). Each run packs a version of its own, so a package installed by an
/// earlier run is never picked up; the tool goes to a temporary tool path, not to the user's tools.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private readonly string _root = Directory.CreateTempSubdirectory("powerlist-tool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_packed_tool_installs_and_makes_a_site_from_a_new_lists_folder_in_an_empty_folder()
    {
        var version = "0.1.0-test." + Guid.NewGuid().ToString("N")[..12];
        var nupkg = Path.Combine(_root, "nupkg");
        var tools = Path.Combine(_root, "tools");
        var work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;

        // No MSBuild node or compiler server is left running after the test.
        await Run("dotnet", RepoPaths.Root, "pack", Path.Combine("src", "PowerList.Cli"), "-c", "Release", "-o", nupkg, "-p:Version=" + version, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        File.Exists(Path.Combine(nupkg, $"powerlist.{version}.nupkg")).ShouldBeTrue();

        await Run("dotnet", _root, "tool", "install", "--tool-path", tools, "--add-source", nupkg, "powerlist", "--version", version);
        var powerlist = Path.Combine(tools, OperatingSystem.IsWindows() ? "powerlist.exe" : "powerlist");
        (await Run(powerlist, work, "--version")).ShouldStartWith(version);

        var init = await Run(powerlist, work, "init", "lists", "--jurisdiction", "某某市", "--division-code", "123456");
        init.ShouldContain("已建立");
        var build = await Run(powerlist, work, "build", "lists", "-o", "site");
        build.ShouldContain("网站已生成");

        Directory.GetDirectories(work).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray().ShouldBe(["lists", "site"]); // no site-templates: the embedded defaults
        var site = Path.Combine(work, "site");
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        home.ShouldContain("某某市权责清单");
        home.ShouldContain("清单中还没有事项");
        foreach (var asset in Directory.GetFiles(Path.Combine(RepoPaths.Root, "site-templates", "assets")))
        {
            File.ReadAllBytes(Path.Combine(site, "assets", Path.GetFileName(asset))).ShouldBe(File.ReadAllBytes(asset), Path.GetFileName(asset));
        }

        foreach (var (code, name, _) in CategoryNames.Standard)
        {
            File.ReadAllText(Path.Combine(site, "category", code, "index.html")).ShouldContain($"<h1>{name}</h1>");
        }
    }

    /// <summary>Runs a program to its end; fails the test with its output when it exits non-zero; returns stdout.</summary>
    private static async Task<string> Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1", ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1" },
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {Timeout}");
        }

        var output = await stdout;
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}\n{output}\n{await stderr}");
        return output;
    }
}
