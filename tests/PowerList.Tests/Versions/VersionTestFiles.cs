using PowerList.Diagnostics;
using PowerList.Model;
using PowerList.Versions.Diffing;
using PowerList.Versions.Snapshots;

namespace PowerList.Tests.Versions;

/// <summary>Locates the test data in the source tree and compares goldens (set POWERLIST_UPDATE_GOLDEN=1 to rewrite them).</summary>
internal static class VersionTestFiles
{
    public static string Folder(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PowerList.Tests.csproj")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("tests/PowerList.Tests"), "Versions", name);
    }

    public static IEnumerable<object[]> Cases(string folder) =>
        Directory.GetDirectories(Folder(folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static void Golden(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            if (Environment.GetEnvironmentVariable("POWERLIST_UPDATE_GOLDEN") != "1")
            {
                throw new InvalidOperationException($"golden {path} was missing and has been written; check it and run again");
            }
        }

        actual.ReplaceLineEndings("\n").ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    /// <summary>A version side read from a snapshot file; a release named <c>current</c> stands for the working lists.</summary>
    public static VersionSide Side(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bag = new DiagnosticBag();
        var lists = SnapshotReader.Read(bytes, path, Path.GetDirectoryName(path)!, bag) ?? throw new InvalidDataException(path);
        bag.HasErrors.ShouldBeFalse();
        var release = SnapshotReader.ReadRelease(bytes)!;
        return new VersionSide(release.Version, release.Date, release.Title, release.Document, lists);
    }
}
