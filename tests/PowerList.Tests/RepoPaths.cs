namespace PowerList.Tests;

/// <summary>Finds files of the repository (sources, fixtures) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleLists => Path.Combine(Root, "tests", "fixtures", "sample-lists");

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
