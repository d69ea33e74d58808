namespace PowerList.Tests.Search;

/// <summary>What the linked <c>EverydaySet.cs</c> needs of the tests' <c>BuiltIndex</c>: the repository root.</summary>
internal static class BuiltIndex
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PowerList.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("PowerList.sln not found above the bench binaries");
    }
}
