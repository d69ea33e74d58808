namespace PowerList.Cli.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleLists => Path.Combine(Root, "tests", "fixtures", "sample-lists");

    /// <summary>Copies the sample lists into <paramref name="folder"/> (created as needed; files there are overwritten).</summary>
    public static void CopySampleLists(string folder) => CopyFolder(SampleLists, folder);

    /// <summary>Copies every file below <paramref name="from"/> into <paramref name="folder"/> (created as needed; files there are overwritten).</summary>
    public static void CopyFolder(string from, string folder)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(folder, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PowerList.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PowerList.sln not found above the test folder.");
    }
}
