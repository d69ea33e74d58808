using PowerList.Building;
using PowerList.Generation;

namespace PowerList.Tests.Site;

/// <summary>
/// A test's temporary folder: generated lists in <c>lists/</c>, the site built from them in <c>site/</c> and any
/// other folder beside them (<see cref="In"/>), deleted after the test. Made per test (a field of the test class, whose
/// <c>Dispose</c> disposes it), so every test starts from the same lists.
/// </summary>
public sealed class GeneratedSiteFolder : IDisposable
{
    /// <summary>The time stamp <see cref="MarkOld"/> gives files: a file that has another one was written since.</summary>
    public static readonly DateTime Long = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <param name="name">Begins the folder's name (see <see cref="SiteTestSupport.NewTempFolder"/>).</param>
    /// <param name="entries">How many entries <see cref="ListGenerator"/> writes into <see cref="Lists"/>.</param>
    /// <param name="seed">The generator's seed.</param>
    public GeneratedSiteFolder(string name, int entries, int seed)
    {
        Dir = SiteTestSupport.NewTempFolder(name);
        ListGenerator.Generate(entries, seed, Lists);
    }

    /// <summary>The folder itself.</summary>
    public string Dir { get; }

    /// <summary>The generated lists.</summary>
    public string Lists => In("lists");

    /// <summary>Where the site under test is built.</summary>
    public string Site => In("site");

    /// <summary>The path of <paramref name="relative"/> in the folder (a clean build's site, templates …).</summary>
    public string In(string relative) => Path.Combine(Dir, relative);

    /// <summary>
    /// Stamps every file below <paramref name="folder"/> <see cref="Long"/> ago; with <paramref name="exceptManifest"/>
    /// not the manifest (whose stamp tells a warm build the site is the one it left).
    /// </summary>
    public static void MarkOld(string folder, bool exceptManifest = false)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !exceptManifest || Path.GetFileName(f) != BuildManifest.FileName))
        {
            File.SetLastWriteTimeUtc(file, Long);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
