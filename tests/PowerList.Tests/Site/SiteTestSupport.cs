using PowerList.Composition;
using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Site;
using PowerList.Site.Pages;
using PowerList.Site.Pipeline;

namespace PowerList.Tests.Site;

/// <summary>Finds the repository's folders and builds sites into temporary folders.</summary>
public static class SiteTestSupport
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Templates => Path.Combine(RepoRoot, "site-templates");

    /// <summary>The small YAML fixture list, <c>tests/fixtures/sample-lists/</c>.</summary>
    public static string FixtureLists => Path.Combine(RepoRoot, "tests", "fixtures", "sample-lists");

    /// <summary>The repository's default list, <c>lists/</c> (the one the README builds).</summary>
    public static string DefaultLists => Path.Combine(RepoRoot, "lists");

    /// <summary>Loads and validates a lists folder; fails the test when it has errors.</summary>
    public static ListSet Load(string listsRoot)
    {
        var result = PowerList.Validation.ListCheck.Run(listsRoot);
        result.Diagnostics.Where(d => d.IsError).Select(d => d.Format()).ShouldBeEmpty();
        return result.Lists;
    }

    public static string NewTempFolder(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "powerlist-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Builds <paramref name="lists"/> with the default contributors into <paramref name="output"/>.</summary>
    /// <param name="precompress">Write precompressed copies as <c>powerlist build</c> does (null: none).</param>
    public static SiteBuildResult Build(ListSet lists, string output, PageOptions? options = null, PowerList.Site.Compression.Precompression? precompress = null)
    {
        var pipeline = SiteDefaults.Create(Templates, options).Build();
        pipeline.Precompress = precompress;
        var result = pipeline.Build(lists, Array.Empty<Diagnostic>(), output);
        result.PreviousSiteRemoval.Wait();
        return result;
    }

    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/> (replacing any there).</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Every file of a folder, by relative path (forward slashes), with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Fails unless <paramref name="actualFolder"/> holds exactly the files of <paramref name="expectedFolder"/>, byte for byte.</summary>
    /// <param name="step">Names the change in the messages.</param>
    public static void ShouldBeSameSite(string actualFolder, string expectedFolder, string step)
    {
        var actual = Snapshot(actualFolder);
        var expected = Snapshot(expectedFolder);
        actual.Keys.ShouldBe(expected.Keys, $"same files after {step}");
        foreach (var (path, bytes) in expected)
        {
            actual[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs after {step}");
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PowerList.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录（PowerList.sln）。");
    }
}
